namespace Meldcode.Application.Dossiers.ExtendInspectionDeadline;

public sealed class ExtendInspectionDeadlineCommandValidator : AbstractValidator<ExtendInspectionDeadlineCommand>
{
    public ExtendInspectionDeadlineCommandValidator()
    {
        RuleFor(c => c.Reason).RequiredText(FieldName.Singular("de reden om de termijn te verlengen"));
    }
}
