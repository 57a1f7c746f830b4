namespace Meldcode.Domain.Dossiers;

/// <summary>
/// Where a dossier stands, as a pure function of its state and today's date (the way <see cref="Afwegingskader"/>
/// is one of the answers): what still blocks the weighing, the state of each of the five steps, the next action
/// and the current step. Nothing here changes the dossier; the dossier keeps the answer of its last change in
/// <see cref="Dossier.PendingAction"/> and <see cref="Dossier.CurrentStep"/> for lists.
/// </summary>
public static class DossierProgress
{
    /// <summary>What must be done before the weighing can start (steps 1–3).</summary>
    public static IReadOnlyList<WeighingBlocker> WeighingBlockers(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var blockers = new List<WeighingBlocker>();
        if (dossier.Signals.Count == 0)
        {
            blockers.Add(WeighingBlocker.NoSignal);
        }

        if (dossier.Consultations.Count == 0)
        {
            blockers.Add(WeighingBlocker.NoConsultation);
        }

        if (dossier.RequiresExpertConsultation && !dossier.Consultations.Any(c => c.IsExpertConsultation))
        {
            blockers.Add(WeighingBlocker.ExpertConsultationMissing);
        }

        if (dossier.Conversations.Count == 0 && dossier.ConversationSkipReason is null)
        {
            blockers.Add(WeighingBlocker.ConversationNotDoneOrSkipped);
        }

        return blockers;
    }

    /// <summary>The five steps in order, each with its state and a short note.</summary>
    public static IReadOnlyList<StepProgress> Steps(Dossier dossier, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var next = NextActionOn(dossier, today).Kind;
        var recommendation = dossier.Recommendation;
        var hasAnswers = dossier.WeighingAnswers.Any(a => a.IsCurrent);
        var signals = dossier.Signals.Count;
        var consultations = dossier.Consultations.Count;
        var requestOpen = dossier.ConsultationRequests.Any(r => r.IsOpen);
        var conversations = dossier.Conversations.Count;
        return
        [
            new StepProgress(
                MeldcodeStep.Signals,
                signals > 0 ? StepState.Done : dossier.Kindchecks.Count > 0 ? StepState.InProgress : StepState.NotStarted,
                signals > 0 ? $"{signals} signa{(signals == 1 ? "al" : "len")}" : null),
            new StepProgress(
                MeldcodeStep.Consultation,
                consultations > 0 && !WeighingBlockers(dossier).Contains(WeighingBlocker.ExpertConsultationMissing) ? StepState.Done
                    : consultations > 0 || requestOpen ? StepState.InProgress
                    : StepState.NotStarted,
                requestOpen ? "Adviesvraag staat open" : null),
            new StepProgress(
                MeldcodeStep.Conversation,
                conversations > 0 ? StepState.Done : dossier.ConversationSkipReason is not null ? StepState.Skipped : StepState.NotStarted,
                conversations == 0 && dossier.ConversationSkipReason is { } skip ? DutchTerms.For(skip) : null),
            new StepProgress(
                MeldcodeStep.Weighing,
                recommendation.IsComplete ? StepState.Done : hasAnswers ? StepState.InProgress : StepState.NotStarted,
                recommendation.Outcome is { } advised ? DutchTerms.For(advised) : null),
            new StepProgress(
                MeldcodeStep.Decision,
                dossier.Decision is null ? StepState.NotStarted
                    : next is NextActionKind.AwaitReview or NextActionKind.RecordReport or NextActionKind.RecordHelp or NextActionKind.Evaluate or NextActionKind.AwaitEvaluation ? StepState.InProgress
                    : StepState.Done,
                dossier.Decision is { } decision ? DutchTerms.For(decision.Outcome) + (decision.IsDeviation ? " (wijkt af)" : string.Empty) : null),
        ];
    }

    /// <summary>What the professional should do next.</summary>
    public static NextAction NextActionOn(Dossier dossier, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        if (dossier.IsClosed)
        {
            return new NextAction(NextActionKind.None);
        }

        if (dossier.Signals.Count == 0)
        {
            return dossier.Kindchecks.Count > 0 && !dossier.Kindchecks[^1].ChildrenPresent
                ? new NextAction(NextActionKind.CloseDossier)
                : new NextAction(NextActionKind.RecordSignal);
        }

        if (dossier.Decision is not { } decision)
        {
            var blockers = WeighingBlockers(dossier);
            if (blockers.Contains(WeighingBlocker.ExpertConsultationMissing))
            {
                return new NextAction(NextActionKind.ConsultExpert);
            }

            if (blockers.Contains(WeighingBlocker.NoConsultation))
            {
                return new NextAction(NextActionKind.Consult);
            }

            if (blockers.Contains(WeighingBlocker.ConversationNotDoneOrSkipped))
            {
                return new NextAction(NextActionKind.HaveConversation);
            }

            return dossier.Recommendation.NextQuestion is { } question
                ? new NextAction(NextActionKind.AnswerWeighingQuestion, question)
                : new NextAction(NextActionKind.Decide);
        }

        if (dossier.IsReportDue)
        {
            return new NextAction(dossier.OpenReview is not null && !dossier.IsAcute ? NextActionKind.AwaitReview : NextActionKind.RecordReport);
        }

        if (decision.Outcome.IncludesHelp() && dossier.HelpPlans.Count == 0)
        {
            return new NextAction(NextActionKind.RecordHelp);
        }

        if (dossier.ActiveHelpPlan is { } plan)
        {
            return plan.IsEvaluationDue(today)
                ? new NextAction(NextActionKind.Evaluate, Date: plan.EvaluationDate)
                : new NextAction(NextActionKind.AwaitEvaluation, Date: plan.EvaluationDate);
        }

        if (dossier.Reports.FirstOrDefault(r => r.Feedback is null) is { } awaiting)
        {
            return new NextAction(NextActionKind.RecordVeiligThuisFeedback, ReportId: awaiting.Id);
        }

        return new NextAction(NextActionKind.CloseDossier);
    }

    /// <summary>The first step that is neither done nor skipped; null when all are, or when the dossier is closed.</summary>
    public static MeldcodeStep? CurrentStep(Dossier dossier, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return dossier.IsClosed ? null : Steps(dossier, today).FirstOrDefault(s => s.State is StepState.NotStarted or StepState.InProgress)?.Step;
    }

    /// <summary>What a blocker asks of the professional, in a sentence that names its step.</summary>
    public static string Explain(WeighingBlocker blocker) => blocker switch
    {
        WeighingBlocker.NoSignal => "Leg eerst minstens één signaal vast (stap 1).",
        WeighingBlocker.NoConsultation => "Overleg eerst met een collega, de aandachtsfunctionaris of een deskundige en leg dat vast (stap 2).",
        WeighingBlocker.ExpertConsultationMissing => "Bij signalen van vrouwelijke genitale verminking of eergerelateerd geweld is overleg met een deskundige verplicht (stap 2).",
        WeighingBlocker.ConversationNotDoneOrSkipped => "Leg het gesprek met de cliënt vast, of waarom het niet kan (stap 3).",
        _ => throw new ArgumentOutOfRangeException(nameof(blocker), blocker, null),
    };
}
