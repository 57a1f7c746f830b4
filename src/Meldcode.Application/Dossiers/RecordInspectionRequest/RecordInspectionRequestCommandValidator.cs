using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Dossiers.RecordInspectionRequest;

public sealed class RecordInspectionRequestCommandValidator : AbstractValidator<RecordInspectionRequestCommand>
{
    public RecordInspectionRequestCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.RequesterName).RequiredText(FieldName.Singular("de naam van de aanvrager"), Texts.ShortMax);
        RuleFor(c => c.Relation).Chosen("Kies wie om inzage vraagt: een ouder, een andere verzorger, het kind zelf of iemand anders.");
        When(c => c.Relation is RequesterRelation.Parent or RequesterRelation.OtherCarer, () =>
            RuleFor(c => c.HasParentalAuthority).NotNull().WithMessage("Geef aan of de aanvrager gezag heeft over het kind."));
        RuleFor(c => c.ReceivedOn).NotInTheFuture(clock, FieldName.Singular("de datum van ontvangst"));
    }
}
