namespace Meldcode.Application.Dossiers.GetSignalHints;

public sealed class GetSignalHintsQueryValidator : AbstractValidator<GetSignalHintsQuery>
{
    public GetSignalHintsQueryValidator()
    {
        RuleFor(q => q.Facts).OptionalText(FieldName.Plural("de feiten"));
    }
}
