namespace Meldcode.Application.Common.Documents;

/// <summary>
/// A document as the use cases compose it: what it says, in reading order, without any layout. A
/// renderer (the PDF port, or <see cref="PlainTextDocument"/>) decides how it looks, so the PDF and the
/// text on screen always say the same.
/// </summary>
public sealed record PrintableDocument
{
    public PrintableDocument(DocumentDescription description, IReadOnlyList<DocumentBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(blocks);
        foreach (var block in blocks)
        {
            ArgumentNullException.ThrowIfNull(block, nameof(blocks));
        }

        Description = description;
        Blocks = blocks;
    }

    public DocumentDescription Description { get; }

    /// <summary>The body, in reading order.</summary>
    public IReadOnlyList<DocumentBlock> Blocks { get; }
}
