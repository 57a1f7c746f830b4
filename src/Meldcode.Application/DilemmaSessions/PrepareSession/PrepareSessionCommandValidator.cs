using Meldcode.Domain.DilemmaSessions;

namespace Meldcode.Application.DilemmaSessions.PrepareSession;

public sealed class PrepareSessionCommandValidator : AbstractValidator<PrepareSessionCommand>
{
    public PrepareSessionCommandValidator()
    {
        RuleFor(c => c.Title).RequiredText(FieldName.Singular("de naam van de sessie"), SessionRules.TitleMax);
        RuleFor(c => c.DilemmaIds)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Kies minstens één dilemma.")
            .Must(ids => ids!.Count <= SessionRules.MaxDilemmas).WithMessage($"Kies hoogstens {SessionRules.MaxDilemmas} dilemma's.")
            .Must(ids => ids!.All(id => id != Guid.Empty) && ids!.Distinct().Count() == ids!.Count).WithMessage("Kies elk dilemma één keer.");
    }
}
