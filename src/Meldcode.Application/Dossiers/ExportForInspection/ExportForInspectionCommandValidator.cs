namespace Meldcode.Application.Dossiers.ExportForInspection;

public sealed class ExportForInspectionCommandValidator : AbstractValidator<ExportForInspectionCommand>
{
    public const int MaxItems = 2_000;

    public ExportForInspectionCommandValidator()
    {
        RuleFor(c => c.Items).Must(i => i is null || i.Count <= MaxItems).WithMessage($"Kies hoogstens {MaxItems} onderdelen.");
        RuleForEach(c => c.Items).ChildRules(item =>
            item.When(i => i.Withhold == true, () =>
                item.RuleFor(i => i.Reason).RequiredText(FieldName.Singular("de reden om dit onderdeel weg te laten"), Texts.ShortMax)));
    }
}
