namespace Meldcode.Application.Common.Documents;

/// <summary>Labelled values, e.g. "Geboortedatum: 03-04-2017". A value left empty reads "niet ingevuld".</summary>
public sealed record FieldsBlock : DocumentBlock
{
    public FieldsBlock(IReadOnlyList<DocumentField> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        foreach (var field in fields)
        {
            ArgumentNullException.ThrowIfNull(field, nameof(fields));
        }

        Fields = fields;
    }

    public IReadOnlyList<DocumentField> Fields { get; }
}
