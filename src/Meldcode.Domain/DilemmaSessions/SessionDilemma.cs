using Meldcode.Domain.Dilemmas;

namespace Meldcode.Domain.DilemmaSessions;

/// <summary>
/// A dilemma as a session uses it: a copy of the version chosen when the session was built, so later edits to the
/// library never change a session that ran (or is running).
/// </summary>
public sealed class SessionDilemma
{
    public SessionDilemma(Guid sourceDilemmaId, int sourceVersion, Dilemma content)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sourceVersion, 1);
        SourceDilemmaId = sourceDilemmaId;
        SourceVersion = sourceVersion;
        Content = content ?? throw new ArgumentNullException(nameof(content));
    }

    private SessionDilemma()
    {
        Content = null!;
    }

    /// <summary>The position in the session, from 0.</summary>
    public int Position { get; internal set; }

    /// <summary>The library dilemma this is a copy of.</summary>
    public Guid SourceDilemmaId { get; private set; }

    /// <summary>The version of that dilemma the session uses.</summary>
    public int SourceVersion { get; private set; }

    public Dilemma Content { get; private set; }
}
