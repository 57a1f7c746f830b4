namespace Meldcode.Domain.Dilemmas;

/// <summary>Dilemmas of the library (being written).</summary>
internal static class MutilationAndHonourDilemmas
{
    public static IEnumerable<Dilemma> All()
    {
        yield break;
    }
}
