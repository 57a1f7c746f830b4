namespace Meldcode.Application.Common.Documents;

/// <summary>
/// A document as the use cases compose it: what it says, in reading order, without any layout. A
/// renderer (the PDF port, or <see cref="PlainTextDocument"/>) decides how it looks, so the PDF and the
/// text on screen always say the same.
/// </summary>
public sealed record PrintableDocument(DocumentDescription Description, IReadOnlyList<DocumentBlock> Blocks);

/// <summary>
/// What identifies a document: its title and subject, the organisation it belongs to (the author),
/// the reference printed on every page (e.g. the dossier number), who made it and when, and a unique
/// identifier printed in the footer so a paper copy can be traced to the chronology entry of its export.
/// </summary>
public sealed record DocumentDescription(
    string Title,
    string Subject,
    string Organisation,
    string Reference,
    string DocumentId,
    DateTimeOffset CreatedAt,
    string CreatedBy);

/// <summary>One part of a document's content.</summary>
public abstract record DocumentBlock;

/// <summary>A heading; level 1 is a chapter, 2 a section, 3 an item within a section.</summary>
public sealed record HeadingBlock(int Level, string Text) : DocumentBlock;

/// <summary>Running text; line breaks in the text are kept.</summary>
public sealed record ParagraphBlock(string Text, TextEmphasis Emphasis = TextEmphasis.Normal) : DocumentBlock;

/// <summary>Labelled values, e.g. "Geboortedatum: 03-04-2017". A value left empty reads "niet ingevuld".</summary>
public sealed record FieldsBlock(IReadOnlyList<DocumentField> Fields) : DocumentBlock;

/// <summary>A table with a header row; long tables continue on the next page with the header repeated.</summary>
public sealed record TableBlock(IReadOnlyList<TableColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows) : DocumentBlock;

public sealed record TableColumn(string Header, double RelativeWidth);

public sealed record DocumentField(string Label, string? Value)
{
    public const string NotFilledIn = "niet ingevuld";

    /// <summary>The value to print: the value itself, or "niet ingevuld" when it is empty.</summary>
    public string Text => string.IsNullOrWhiteSpace(Value) ? NotFilledIn : Value;
}

public enum TextEmphasis
{
    Normal,

    /// <summary>Stands out: a warning, a deviation, a marking.</summary>
    Strong,

    /// <summary>Secondary: who and when, explanations.</summary>
    Muted,
}
