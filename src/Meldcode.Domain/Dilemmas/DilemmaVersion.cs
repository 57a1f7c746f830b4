namespace Meldcode.Domain.Dilemmas;

/// <summary>
/// One version of a dilemma of the library: its content as it was then. Versions are only ever added (1, 2, 3…),
/// never changed, so a session that used version 2 can always show version 2.
/// </summary>
public sealed class DilemmaVersion
{
    internal DilemmaVersion(int number, Dilemma content, DateTimeOffset createdAt, Guid? createdByUserId)
    {
        Number = number;
        Content = content;
        CreatedAt = createdAt;
        CreatedByUserId = createdByUserId;
    }

    private DilemmaVersion()
    {
        Content = null!;
    }

    /// <summary>1 for the first version, then 2, 3… in the order they were made.</summary>
    public int Number { get; private set; }

    public Dilemma Content { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The trainer who made this version; null for a version of a built-in dilemma (made by the installation).</summary>
    public Guid? CreatedByUserId { get; private set; }
}
