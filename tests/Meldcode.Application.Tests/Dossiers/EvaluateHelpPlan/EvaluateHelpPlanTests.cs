using Meldcode.Application.Tests.Dossiers.Support;
using Meldcode.Application.Tests.Support;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Application.Tests.Dossiers.EvaluateHelpPlan;

/// <summary>Question 5 at the evaluation moment: help that works closes the dossier; help that does not calls for a report.</summary>
public sealed class EvaluateHelpPlanTests : SchoolTest
{
    [Fact]
    public async Task Help_that_brings_lasting_safety_closes_the_dossier_at_the_evaluation()
    {
        var id = await Dossiers.OpenAsync();
        await Dossiers.DecideAsync(id, Outcome.HelpAndMonitor);
        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.Help(s, evaluateInDays: 14));
        var monitoring = await Dossiers.ViewAsync(School.Owner, id);
        Clock.Advance(TimeSpan.FromDays(14));

        var due = await Dossiers.ViewAsync(School.Owner, id);
        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.Evaluation(s, helpWorks: true));

        Assert.Equal(DossierStatus.Monitoring, monitoring.Dossier.Status);
        Assert.Equal(NextActionKind.AwaitEvaluation, monitoring.NextAction.Kind);
        Assert.Equal(NextActionKind.Evaluate, due.NextAction.Kind);
        var closed = await Dossiers.ViewAsync(School.Owner, id);
        Assert.Equal(DossierStatus.Closed, closed.Dossier.Status);
        Assert.Null(closed.Dossier.NextEvaluationDate);
        Assert.False(closed.CanWork);
        Assert.True(closed.CanCorrect);
    }
}
