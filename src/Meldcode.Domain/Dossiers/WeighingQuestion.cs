namespace Meldcode.Domain.Dossiers;

/// <summary>The five questions of the afwegingskader.</summary>
public enum WeighingQuestion
{
    /// <summary>1. Vermoeden: do I suspect domestic violence or child abuse (or a threat of it)?</summary>
    Suspicion = 1,

    /// <summary>2. Veiligheid: is there acute and/or structural unsafety?</summary>
    Safety = 2,

    /// <summary>3. Hulp: can I offer or organise effective help?</summary>
    Help = 3,

    /// <summary>4. Aanvaarden: do those involved accept that help and commit to it?</summary>
    Acceptance = 4,

    /// <summary>5. Resultaat: at the evaluation, does the help bring lasting safety?</summary>
    Result = 5,
}
