using Meldcode.Domain.Common;

namespace Meldcode.Domain.Dilemmas;

/// <summary>
/// A dilemma in the trainers' library, with its versions. Built-in dilemmas belong to no organisation and are shared
/// by the installation; trainers cannot edit them, only duplicate them. A copy or a dilemma written by a trainer
/// belongs to the trainer's organisation. Editing adds a version; earlier versions stay as they were.
/// </summary>
public sealed class LibraryDilemma
{
    /// <summary>What the title of a copy ends with.</summary>
    public const string CopyTitleSuffix = " (kopie)";

    private readonly List<DilemmaVersion> _versions = [];

    private LibraryDilemma(Guid id, Guid? organisationId, DilemmaOrigin origin, Guid? copiedFromId, Guid? createdByUserId, DateTimeOffset createdAt, string key)
    {
        Id = id;
        OrganisationId = organisationId;
        Origin = origin;
        CopiedFromId = copiedFromId;
        CreatedByUserId = createdByUserId;
        CreatedAt = createdAt;
        Key = key;
    }

    public Guid Id { get; private set; }

    /// <summary>The organisation that owns the dilemma; null for a built-in one, which every organisation sees.</summary>
    public Guid? OrganisationId { get; private set; }

    public DilemmaOrigin Origin { get; private set; }

    /// <summary>The dilemma this one is a copy of.</summary>
    public Guid? CopiedFromId { get; private set; }

    /// <summary>The trainer who copied or wrote it; null for a built-in dilemma.</summary>
    public Guid? CreatedByUserId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When it was taken out of the library (a built-in dilemma the product no longer ships); null while in use.</summary>
    public DateTimeOffset? ArchivedAt { get; private set; }

    /// <summary>The key of its content, the same in every version; unique among the dilemmas an organisation sees.</summary>
    public string Key { get; private set; }

    public bool IsBuiltIn => Origin == DilemmaOrigin.BuiltIn;

    public bool IsArchived => ArchivedAt is not null;

    /// <summary>Every version, oldest first.</summary>
    public IReadOnlyList<DilemmaVersion> Versions => _versions.OrderBy(v => v.Number).ToList().AsReadOnly();

    /// <summary>The newest version.</summary>
    public DilemmaVersion Latest => _versions.MaxBy(v => v.Number) ?? throw new InvalidOperationException("A library dilemma always has a version.");

    /// <summary>A built-in dilemma of the product, as the installation first stores it.</summary>
    public static LibraryDilemma BuiltIn(Dilemma content, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        var dilemma = new LibraryDilemma(Guid.NewGuid(), null, DilemmaOrigin.BuiltIn, null, null, now, content.Key);
        dilemma.AddVersion(content, now, null);
        return dilemma;
    }

    /// <summary>A new dilemma written by a trainer of the organisation; the key of the content must be free there (the caller makes it so).</summary>
    public static LibraryDilemma Write(Guid organisationId, Dilemma content, Guid userId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        var dilemma = new LibraryDilemma(Guid.NewGuid(), organisationId, DilemmaOrigin.Written, null, userId, now, content.Key);
        dilemma.AddVersion(content, now, userId);
        return dilemma;
    }

    /// <summary>The version with this number, or null.</summary>
    public DilemmaVersion? Version(int number) => _versions.Find(v => v.Number == number);

    /// <summary>
    /// A copy of the newest version for the organisation, to edit there: the key gets "-kopie" (unique among the keys
    /// taken), the title " (kopie)". The copy starts at version 1.
    /// </summary>
    public LibraryDilemma Duplicate(Guid organisationId, IReadOnlySet<string> keysTaken, Guid userId, DateTimeOffset now)
    {
        if (OrganisationId is not null && OrganisationId != organisationId)
        {
            throw new DomainException("Je kunt alleen dilemma's van je eigen organisatie of ingebouwde dilemma's kopiëren.");
        }

        var source = Latest.Content;
        var key = DilemmaKeys.ForCopy(source.Key, keysTaken);
        var title = source.Title.Length + CopyTitleSuffix.Length <= Dilemma.TitleMax
            ? source.Title + CopyTitleSuffix
            : source.Title[..(Dilemma.TitleMax - CopyTitleSuffix.Length)].TrimEnd() + CopyTitleSuffix;
        var content = new Dilemma(
            key, title, source.Story, source.Sectors, source.FormsOfAbuse, source.Themes, source.Step, source.Question, source.DecisionPoints, source.DiscussionPrompts);

        var copy = new LibraryDilemma(Guid.NewGuid(), organisationId, DilemmaOrigin.Copy, Id, userId, now, key);
        copy.AddVersion(content, now, userId);
        return copy;
    }

    /// <summary>Edits a copy or a written dilemma by adding a new version; the key stays the same. A built-in dilemma is never edited.</summary>
    public DilemmaVersion Edit(Dilemma content, Guid userId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (IsBuiltIn)
        {
            throw new DomainException("Een ingebouwd dilemma kun je niet bewerken. Maak een kopie en bewerk die.");
        }

        if (!string.Equals(content.Key, Key, StringComparison.Ordinal))
        {
            throw new DomainException("De sleutel van een dilemma verandert niet bij een nieuwe versie.");
        }

        return AddVersion(content, now, userId);
    }

    /// <summary>
    /// Brings a built-in dilemma in line with the product's content: adds a version when the content differs from the
    /// newest one, and takes it back into the library when it was archived. Returns the new version, or null.
    /// </summary>
    public DilemmaVersion? UpdateBuiltIn(Dilemma content, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!IsBuiltIn || !string.Equals(content.Key, Key, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Only a built-in dilemma is updated from the product, by its own key.");
        }

        ArchivedAt = null;
        return Latest.Content.HasSameContentAs(content) ? null : AddVersion(content, now, null);
    }

    /// <summary>Takes the dilemma out of the library; its versions stay, so sessions that used it still show it.</summary>
    public void Archive(DateTimeOffset now) => ArchivedAt ??= now;

    private DilemmaVersion AddVersion(Dilemma content, DateTimeOffset now, Guid? userId)
    {
        var version = new DilemmaVersion(_versions.Count == 0 ? 1 : _versions.Max(v => v.Number) + 1, content, now, userId);
        _versions.Add(version);
        return version;
    }
}
