using Meldcode.Domain.Common;

namespace Meldcode.Domain.Dossiers;

/// <summary>Help offered or organised, with the moment it will be evaluated (question 5).</summary>
public sealed class HelpPlan
{
    private HelpPlan()
    {
        WhatHelp = ByWhom = string.Empty;
    }

    internal HelpPlan(string whatHelp, string byWhom, DateOnly evaluationDate, DateTimeOffset recordedAt, Guid recordedBy)
    {
        Id = Guid.NewGuid();
        WhatHelp = Texts.Trimmed(whatHelp);
        ByWhom = Texts.Trimmed(byWhom);
        EvaluationDate = evaluationDate;
        RecordedAt = recordedAt;
        RecordedBy = recordedBy;
    }

    public Guid Id { get; private set; }

    public string WhatHelp { get; private set; }

    public string ByWhom { get; private set; }

    public DateOnly EvaluationDate { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public Guid RecordedBy { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public bool IsActive => EndedAt is null;

    public bool IsEvaluationOverdue(DateOnly today) => IsActive && EvaluationDate < today;

    public bool IsEvaluationDue(DateOnly today) => IsActive && EvaluationDate <= today;

    internal void End(DateTimeOffset at) => EndedAt = at;
}
