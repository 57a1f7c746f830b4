using Meldcode.Domain.Common;

namespace Meldcode.Testing;

/// <summary>The people who act on dossiers in the tests.</summary>
public static class People
{
    /// <summary>The professional who opens and owns the dossiers.</summary>
    public static readonly Actor Owner = new(Guid.Parse("7d0f6b1e-0000-4000-8000-000000000001"), "Sanne de Vries");

    /// <summary>A colleague who does not work on the dossier unless a test adds them.</summary>
    public static readonly Actor Colleague = new(Guid.Parse("7d0f6b1e-0000-4000-8000-000000000002"), "Mehmet Yılmaz");

    /// <summary>The aandachtsfunctionaris.</summary>
    public static readonly Actor Lead = new(Guid.Parse("7d0f6b1e-0000-4000-8000-000000000003"), "Ingrid Bakker");
}
