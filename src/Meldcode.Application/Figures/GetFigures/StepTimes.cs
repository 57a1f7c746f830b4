using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Figures.GetFigures;

/// <summary>When a dossier first reached each step: the moments the figures measure the steps by (null: not reached).</summary>
/// <param name="Opened">Step 1 (signals) begins: the dossier is opened.</param>
/// <param name="FirstConsultation">Step 2 (consultation) begins: the first consultation is recorded (also an answered request for advice).</param>
/// <param name="FirstConversation">Step 3 (conversation) begins: the first conversation, or the choice to skip it, is recorded.</param>
/// <param name="FirstWeighing">Step 4 (weighing) begins: the first question of the afwegingskader is answered.</param>
/// <param name="Decided">Step 5 (decision) begins: the decision is recorded.</param>
/// <param name="Closed">Step 5 ends: the dossier is closed (after a report, help and its evaluation where the decision called for them).</param>
public sealed record StepMoments(DateTimeOffset Opened, DateTimeOffset? FirstConsultation, DateTimeOffset? FirstConversation, DateTimeOffset? FirstWeighing, DateTimeOffset? Decided, DateTimeOffset? Closed);

/// <summary>A step a dossier completed: when it ended and how many days it took.</summary>
public sealed record CompletedStep(MeldcodeStep Step, DateTimeOffset EndedAt, double Days);

/// <summary>
/// How long each step of the meldcode took, from <see cref="StepMoments"/>. A step ends when the next one begins
/// (step 5 when the dossier is closed) and begins when it, and every step before it, has begun: the steps may come in
/// another order (a conversation before the first consultation), and a step done before the one ahead of it took
/// 0 days. A step is measured only for a dossier that reached both its beginning and its end.
/// </summary>
public static class StepTimes
{
    public static IReadOnlyList<CompletedStep> Completed(StepMoments moments)
    {
        ArgumentNullException.ThrowIfNull(moments);
        DateTimeOffset?[] begins = [moments.Opened, moments.FirstConsultation, moments.FirstConversation, moments.FirstWeighing, moments.Decided];
        DateTimeOffset?[] ends = [moments.FirstConsultation, moments.FirstConversation, moments.FirstWeighing, moments.Decided, moments.Closed];
        var completed = new List<CompletedStep>(begins.Length);
        var begun = moments.Opened;
        for (var i = 0; i < begins.Length; i++)
        {
            if (begins[i] is not { } begin)
            {
                break;
            }

            begun = begin > begun ? begin : begun;
            if (ends[i] is { } end)
            {
                var days = end > begun ? (end - begun).TotalDays : 0;
                completed.Add(new CompletedStep((MeldcodeStep)(i + 1), end, days));
            }
        }

        return completed;
    }
}
