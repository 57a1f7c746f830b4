namespace Meldcode.Application.Common.Documents;

/// <summary>
/// One part of a document's content. The set is closed: <see cref="HeadingBlock"/>, <see cref="ParagraphBlock"/>,
/// <see cref="FieldsBlock"/> and <see cref="TableBlock"/>. All text is plain text: it is printed literally, and a
/// line break in it starts a new line.
/// </summary>
public abstract record DocumentBlock
{
    private protected DocumentBlock()
    {
    }
}
