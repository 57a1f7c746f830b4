namespace Meldcode.Application.Common.Documents;

/// <summary>Running text; line breaks in the text are kept.</summary>
public sealed record ParagraphBlock(string Text, TextEmphasis Emphasis = TextEmphasis.Normal) : DocumentBlock
{
    public string Text { get; } = Text ?? throw new ArgumentNullException(nameof(Text));
}
