namespace Meldcode.Domain.Dilemmas;

/// <summary>
/// The dilemmas shipped with the product: written for it in plain Dutch (B1), about fictional people.
/// They live in code, not in a JSON resource: the compiler checks every enum value, the constructors check every rule
/// when the library is first read (so a broken dilemma fails the tests, not a training session), and a later slice can
/// seed them into the database by iterating <see cref="All"/>. They are grouped by theme in a few internal classes.
/// </summary>
public static class DilemmaLibrary
{
    private static readonly Lazy<IReadOnlyList<Dilemma>> Dilemmas = new(() => Array.AsReadOnly(
    [
        .. SecrecyAndFearDilemmas.All(),
        .. InjuryAndNeglectDilemmas.All(),
        .. DomesticViolenceDilemmas.All(),
        .. MutilationAndHonourDilemmas.All(),
        .. ColleaguesAndChildrenDilemmas.All(),
    ]));

    /// <summary>Every dilemma of the library, in a fixed order.</summary>
    public static IReadOnlyList<Dilemma> All => Dilemmas.Value;

    /// <summary>The dilemma with this key, or null.</summary>
    public static Dilemma? Find(string key) => All.FirstOrDefault(d => string.Equals(d.Key, key, StringComparison.Ordinal));
}
