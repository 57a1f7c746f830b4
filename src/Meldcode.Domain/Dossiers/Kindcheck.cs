using Meldcode.Domain.Common;

namespace Meldcode.Domain.Dossiers;

/// <summary>Kindcheck (jeugdhulp, zorg, maatschappelijke ondersteuning): are there children in an adult client's care?</summary>
public sealed class Kindcheck
{
    private Kindcheck()
    {
    }

    internal Kindcheck(bool childrenPresent, int? numberOfChildren, string? ages, string? whoCares, DateTimeOffset recordedAt, Guid recordedBy)
    {
        if (childrenPresent)
        {
            NumberOfChildren = Guard.Present(numberOfChildren);
            Ages = Texts.Trimmed(ages);
            WhoCares = Texts.Trimmed(whoCares);
        }

        Id = Guid.NewGuid();
        ChildrenPresent = childrenPresent;
        RecordedAt = recordedAt;
        RecordedBy = recordedBy;
    }

    public Guid Id { get; private set; }

    /// <summary>Children live with or regularly stay with the client.</summary>
    public bool ChildrenPresent { get; private set; }

    public int? NumberOfChildren { get; private set; }

    public string? Ages { get; private set; }

    public string? WhoCares { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public Guid RecordedBy { get; private set; }
}
