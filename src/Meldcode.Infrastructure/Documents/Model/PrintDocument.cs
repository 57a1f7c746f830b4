namespace Meldcode.Infrastructure.Documents;

/// <summary>
/// An immutable description of a printable document: metadata, the running header and footer of every page,
/// and the blocks of the body in reading order. The renderer lays it out on A4 pages.
/// </summary>
public sealed record PrintDocument
{
    /// <param name="metadata">Title, subject, author, creation time and identifier.</param>
    /// <param name="header">The running header on every page.</param>
    /// <param name="footerLine">
    /// The caller's footer text, such as "Gemaakt op 4 maart 2025 om 10:12 door Sanne de Vries".
    /// The footer adds "pagina X van Y" and the document identifier itself.
    /// </param>
    /// <param name="blocks">The body, in reading order.</param>
    public PrintDocument(PrintMetadata metadata, RunningHeader header, string footerLine, IEnumerable<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(footerLine);
        ArgumentNullException.ThrowIfNull(blocks);
        Metadata = metadata;
        Header = header;
        FooterLine = footerLine;
        Blocks = [.. blocks];
        foreach (var block in Blocks)
        {
            ArgumentNullException.ThrowIfNull(block, nameof(blocks));
        }
    }

    public PrintMetadata Metadata { get; }

    public RunningHeader Header { get; }

    public string FooterLine { get; }

    public IReadOnlyList<Block> Blocks { get; }
}

/// <summary>
/// The document's metadata. <see cref="Author"/> is the organisation; <see cref="Created"/> comes from the
/// caller's clock (TimeProvider), never from the renderer; <see cref="DocumentId"/> is printed in the footer and
/// stored as the PDF's keywords and file identifier.
/// </summary>
public sealed record PrintMetadata(string Title, string Subject, string Author, DateTimeOffset Created, string DocumentId)
{
    public string Title { get; } = Title ?? throw new ArgumentNullException(nameof(Title));

    public string Subject { get; } = Subject ?? throw new ArgumentNullException(nameof(Subject));

    public string Author { get; } = Author ?? throw new ArgumentNullException(nameof(Author));

    public string DocumentId { get; } = DocumentId ?? throw new ArgumentNullException(nameof(DocumentId));
}

/// <summary>The header on every page: organisation, a reference such as a dossier number, and a marking.</summary>
public sealed record RunningHeader(string Organisation, string Reference, string Marking = RunningHeader.Confidential)
{
    /// <summary>The marking printed unless the caller gives another.</summary>
    public const string Confidential = "VERTROUWELIJK";

    public string Organisation { get; } = Organisation ?? throw new ArgumentNullException(nameof(Organisation));

    public string Reference { get; } = Reference ?? throw new ArgumentNullException(nameof(Reference));

    public string Marking { get; } = Marking ?? throw new ArgumentNullException(nameof(Marking));
}
