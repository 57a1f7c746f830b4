namespace Meldcode.Application.Common.Documents;

/// <summary>
/// What identifies a document: its title and subject, the organisation it belongs to (the author),
/// the reference printed on every page (e.g. the dossier number), who made it and when, and a unique
/// identifier printed in the footer so a paper copy can be traced to the chronology entry of its export.
/// <see cref="CreatedAt"/> comes from the caller's clock (TimeProvider), never from the renderer.
/// </summary>
public sealed record DocumentDescription(
    string Title,
    string Subject,
    string Organisation,
    string Reference,
    string DocumentId,
    DateTimeOffset CreatedAt,
    string CreatedBy)
{
    public string Title { get; } = Title ?? throw new ArgumentNullException(nameof(Title));

    public string Subject { get; } = Subject ?? throw new ArgumentNullException(nameof(Subject));

    public string Organisation { get; } = Organisation ?? throw new ArgumentNullException(nameof(Organisation));

    public string Reference { get; } = Reference ?? throw new ArgumentNullException(nameof(Reference));

    public string DocumentId { get; } = DocumentId ?? throw new ArgumentNullException(nameof(DocumentId));

    public string CreatedBy { get; } = CreatedBy ?? throw new ArgumentNullException(nameof(CreatedBy));
}
