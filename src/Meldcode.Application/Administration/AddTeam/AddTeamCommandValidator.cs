using Meldcode.Domain.Organisations;

namespace Meldcode.Application.Administration.AddTeam;

public sealed class AddTeamCommandValidator : AbstractValidator<AddTeamCommand>
{
    public AddTeamCommandValidator()
    {
        RuleFor(c => c.Name).RequiredText(FieldName.Singular("de naam van het team of de locatie"), Team.NameMaxLength);
        RuleFor(c => c.Sector).Must(s => s is null || Enum.IsDefined(s.Value)).WithMessage("Kies een sector uit de lijst.");
    }
}
