using Meldcode.Domain.Common;

namespace Meldcode.Domain.Dossiers;

/// <summary>A parent or carer (ouder/verzorger) of the child.</summary>
public sealed class Carer
{
    private Carer()
    {
        Name = Relation = string.Empty;
    }

    public Carer(string name, string relation, bool hasParentalAuthority)
    {
        Id = Guid.NewGuid();
        Name = Texts.Trimmed(name);
        Relation = Texts.Trimmed(relation);
        HasParentalAuthority = hasParentalAuthority;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>For example moeder, vader, pleegouder, grootouder.</summary>
    public string Relation { get; private set; }

    /// <summary>Heeft gezag.</summary>
    public bool HasParentalAuthority { get; private set; }
}
