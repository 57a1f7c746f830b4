namespace Meldcode.Domain.Dilemmas;

/// <summary>Where a dilemma of the library comes from.</summary>
public enum DilemmaOrigin
{
    /// <summary>Shipped with the product (<see cref="DilemmaLibrary"/>), shared by every organisation of the installation; never edited in the app.</summary>
    BuiltIn = 1,

    /// <summary>A trainer's copy of another dilemma, owned by their organisation.</summary>
    Copy = 2,

    /// <summary>Written from scratch by a trainer of the organisation.</summary>
    Written = 3,
}
