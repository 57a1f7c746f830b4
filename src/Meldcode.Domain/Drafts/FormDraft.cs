namespace Meldcode.Domain.Drafts;

/// <summary>
/// What a user typed in a form and did not save yet (a concept), kept on the server so that it survives the end of a
/// session. One per user per form: saving again replaces it. It holds the form's own fields only (never its version
/// or antiforgery token), belongs to that user alone, and is deleted when the form is saved, when the user throws it
/// away, when their account is deactivated, or after a day (<see cref="IsExpired"/>).
/// </summary>
public sealed class FormDraft
{
    public const int MaxFormKeyLength = 300;

    private FormDraft(Guid id, Guid userId, string formKey, Guid? aboutDossierId, string fields, DateTimeOffset savedAt)
    {
        Id = id;
        UserId = userId;
        FormKey = formKey;
        AboutDossierId = aboutDossierId;
        Fields = fields;
        SavedAt = savedAt;
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    /// <summary>Which form: the address it posts to (path and subject), e.g. <c>/dossiers/{id}/signaal</c>.</summary>
    public string FormKey { get; private set; }

    /// <summary>
    /// The dossier the form is about, if any: a draft is kept only for someone who may use that form. Not named
    /// <c>DossierId</c>: that name marks a part of the dossier, whose saving raises the dossier's version, and a draft
    /// is not part of the dossier.
    /// </summary>
    public Guid? AboutDossierId { get; private set; }

    /// <summary>The typed fields, as stored (JSON of name and value pairs; the Application layer reads and writes it).</summary>
    public string Fields { get; private set; }

    public DateTimeOffset SavedAt { get; private set; }

    public static FormDraft Start(Guid userId, string formKey, Guid? aboutDossierId, string fields, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(formKey);
        ArgumentNullException.ThrowIfNull(fields);
        if (formKey.Length > MaxFormKeyLength)
        {
            throw new ArgumentException($"A form key is at most {MaxFormKeyLength} characters.", nameof(formKey));
        }

        return new FormDraft(Guid.NewGuid(), userId, formKey, aboutDossierId, fields, now);
    }

    /// <summary>The user typed more: the draft holds what the form shows now.</summary>
    public void Replace(string fields, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(fields);
        Fields = fields;
        SavedAt = now;
    }

    /// <summary>A draft is kept for <paramref name="keepFor"/> after it was last saved; after that it is not offered and is deleted.</summary>
    public bool IsExpired(DateTimeOffset now, TimeSpan keepFor) => now - SavedAt >= keepFor;
}
