namespace Meldcode.Application.Dilemmas.BrowseDilemmas;

public sealed class BrowseDilemmasQueryValidator : AbstractValidator<BrowseDilemmasQuery>
{
    public BrowseDilemmasQueryValidator()
    {
        RuleFor(q => q.Text).OptionalText(FieldName.Singular("de zoektekst"), BrowseDilemmasQuery.TextMax);
        RuleFor(q => q.Form).Must(f => f is null || Enum.IsDefined(f.Value)).WithMessage("Kies een vorm van geweld uit de lijst.");
        RuleFor(q => q.Step).Must(s => s is null || Enum.IsDefined(s.Value)).WithMessage("Kies een stap uit de lijst.");
        RuleFor(q => q.Sector).Must(s => s is null || Enum.IsDefined(s.Value)).WithMessage("Kies een sector uit de lijst.");
    }
}
