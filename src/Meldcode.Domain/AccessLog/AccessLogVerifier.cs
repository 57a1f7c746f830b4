namespace Meldcode.Domain.AccessLog;

/// <summary>
/// Walks the access log in order of <see cref="AccessLogEntry.Sequence"/> and says whether the chain is intact,
/// and where it first breaks if not: a changed line (its hash no longer fits its content), a removed line (a gap in
/// the numbers), or a line that does not follow on from the one before (its previous hash differs). Feed it one
/// line at a time, so a log of millions of lines needs no memory.
/// </summary>
public sealed class AccessLogVerifier
{
    private long _lastSequence;
    private string _lastHash = AccessLogEntry.GenesisHash;

    /// <summary>How many lines were checked.</summary>
    public long Checked { get; private set; }

    /// <summary>The first break found, or null while the chain is intact.</summary>
    public AccessLogBreak? Break { get; private set; }

    public bool IsIntact => Break is null;

    /// <summary>Checks the next line; returns false once the chain is broken (later lines are not checked).</summary>
    public bool Next(AccessLogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (Break is not null)
        {
            return false;
        }

        Checked++;
        if (entry.Sequence != _lastSequence + 1)
        {
            Break = entry.Sequence > _lastSequence + 1
                ? new AccessLogBreak(_lastSequence + 1, AccessLogBreakKind.Missing)
                : new AccessLogBreak(entry.Sequence, AccessLogBreakKind.OutOfOrder);
        }
        else if (!string.Equals(entry.Hash, entry.ComputeHash(), StringComparison.Ordinal))
        {
            Break = new AccessLogBreak(entry.Sequence, AccessLogBreakKind.Changed);
        }
        else if (!string.Equals(entry.PreviousHash, _lastHash, StringComparison.Ordinal))
        {
            Break = new AccessLogBreak(entry.Sequence, AccessLogBreakKind.NotLinked);
        }

        _lastSequence = entry.Sequence;
        _lastHash = entry.Hash;
        return Break is null;
    }

    /// <summary>Checks a whole log.</summary>
    public static AccessLogVerifier Verify(IEnumerable<AccessLogEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var verifier = new AccessLogVerifier();
        foreach (var entry in entries)
        {
            if (!verifier.Next(entry))
            {
                break;
            }
        }

        return verifier;
    }
}

/// <summary>Where the chain breaks, and how.</summary>
public sealed record AccessLogBreak(long Sequence, AccessLogBreakKind Kind)
{
    /// <summary>In plain Dutch, for the privacy officer and the operator.</summary>
    public string Describe() => Kind switch
    {
        AccessLogBreakKind.Missing => $"Regel {Sequence} ontbreekt: er is een regel verwijderd.",
        AccessLogBreakKind.OutOfOrder => $"Regel {Sequence} staat niet op zijn plaats: er is een regel ingevoegd of verplaatst.",
        AccessLogBreakKind.Changed => $"Regel {Sequence} is na het schrijven gewijzigd.",
        AccessLogBreakKind.NotLinked => $"Regel {Sequence} sluit niet aan op de regel ervoor: de regel ervoor is gewijzigd of vervangen.",
        _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, null),
    };
}

public enum AccessLogBreakKind
{
    Missing = 1,
    OutOfOrder = 2,
    Changed = 3,
    NotLinked = 4,
}
