namespace Meldcode.Domain.Dossiers;

/// <summary>What the framework recommends so far: an outcome once the path ends, else the next question to answer.</summary>
public sealed record Recommendation(Outcome? Outcome, WeighingQuestion? NextQuestion)
{
    public bool IsComplete => Outcome.HasValue;
}
