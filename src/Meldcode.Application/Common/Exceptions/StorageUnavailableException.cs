namespace Meldcode.Application.Common.Exceptions;

/// <summary>
/// The database could not be read or written for a reason outside the request: another process held it locked
/// longer than the busy timeout (<see cref="IsTemporary"/>: try again in a moment), or the data folder is full,
/// read-only or unreadable (the operator must act). Nothing was saved. The message is fit for the user; what went
/// wrong in technical terms is logged once by the Infrastructure layer, which throws this.
/// </summary>
public sealed class StorageUnavailableException : Exception
{
    /// <summary>Another writer held the database: the same save will most likely work in a moment.</summary>
    public const string TemporaryMessage = "De gegevens konden nu niet worden opgeslagen. Probeer het zo opnieuw.";

    /// <summary>The storage itself fails (disk full, read-only): trying again will not help until the operator acts.</summary>
    public const string BrokenMessage =
        "De gegevens konden niet worden opgeslagen door een storing in de opslag. Wat je hebt ingevuld staat hieronder nog. "
        + "Bewaar het zo nodig ergens anders, probeer het later opnieuw en meld de storing bij de functioneel beheerder.";

    public StorageUnavailableException()
        : this(isTemporary: true, null)
    {
    }

    public StorageUnavailableException(string message)
        : base(message)
    {
        IsTemporary = true;
    }

    public StorageUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
        IsTemporary = true;
    }

    public StorageUnavailableException(bool isTemporary, Exception? innerException)
        : base(isTemporary ? TemporaryMessage : BrokenMessage, innerException)
    {
        IsTemporary = isTemporary;
    }

    /// <summary>Whether trying again soon is likely to work (a lock), rather than needing the operator (a full or read-only disk).</summary>
    public bool IsTemporary { get; }
}
