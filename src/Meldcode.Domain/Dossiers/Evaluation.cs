using Meldcode.Domain.Common;

namespace Meldcode.Domain.Dossiers;

/// <summary>The evaluation of the help: question 5 with its grounds.</summary>
public sealed class Evaluation
{
    private Evaluation()
    {
        Rationale = string.Empty;
    }

    internal Evaluation(Guid helpPlanId, bool helpBringsLastingSafety, string rationale, string? monitoringAgreements, DateTimeOffset evaluatedAt, Guid evaluatedBy)
    {
        Id = Guid.NewGuid();
        HelpPlanId = helpPlanId;
        HelpBringsLastingSafety = helpBringsLastingSafety;
        Rationale = Texts.Trimmed(rationale);
        MonitoringAgreements = helpBringsLastingSafety ? Texts.Trimmed(monitoringAgreements) : Texts.TrimmedOrNull(monitoringAgreements);
        EvaluatedAt = evaluatedAt;
        EvaluatedBy = evaluatedBy;
    }

    public Guid Id { get; private set; }

    public Guid HelpPlanId { get; private set; }

    public bool HelpBringsLastingSafety { get; private set; }

    public string Rationale { get; private set; }

    public string? MonitoringAgreements { get; private set; }

    public DateTimeOffset EvaluatedAt { get; private set; }

    public Guid EvaluatedBy { get; private set; }

    public Outcome Outcome => Afwegingskader.AfterEvaluation(HelpBringsLastingSafety);
}
