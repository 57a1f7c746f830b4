using System.Text.RegularExpressions;

namespace Meldcode.Application.DilemmaSessions.CastVote;

public sealed partial class CastVoteCommandValidator : AbstractValidator<CastVoteCommand>
{
    public CastVoteCommandValidator()
    {
        RuleFor(c => c.Answer).Must(a => !string.IsNullOrWhiteSpace(a)).WithMessage("Kies een antwoord.")
            .MaximumLength(2).WithMessage("Kies een van de antwoorden.");
        RuleFor(c => c.Round).Must(r => r is not null && RoundPattern().IsMatch(r)).WithMessage("Deze stemronde bestaat niet. Laad de pagina opnieuw.");
    }

    [GeneratedRegex(@"^\d{1,2}:\d{1,2}:[12]$", RegexOptions.CultureInvariant)]
    private static partial Regex RoundPattern();
}
