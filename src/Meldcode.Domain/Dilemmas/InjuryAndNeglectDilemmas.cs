namespace Meldcode.Domain.Dilemmas;

/// <summary>Dilemmas of the library (being written).</summary>
internal static class InjuryAndNeglectDilemmas
{
    public static IEnumerable<Dilemma> All()
    {
        yield break;
    }
}
