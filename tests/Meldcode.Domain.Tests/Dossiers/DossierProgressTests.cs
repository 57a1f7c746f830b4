using Meldcode.Domain.Dossiers;

namespace Meldcode.Domain.Tests.Dossiers;

public sealed class DossierProgressTests
{
    [Fact]
    public void The_progress_kept_on_the_dossier_is_the_progress_of_the_day_of_its_last_change()
    {
        var dossier = DossierBuilder.ReadyToWeigh().Answer(WeighingQuestion.Suspicion, true).Build();

        Assert.Equal(DossierProgress.NextActionOn(dossier, Clock.Today).Kind, dossier.PendingAction);
        Assert.Equal(NextActionKind.AnswerWeighingQuestion, dossier.PendingAction);
        Assert.Equal(DossierProgress.CurrentStep(dossier, Clock.Today), dossier.CurrentStep);
        Assert.Equal(MeldcodeStep.Weighing, dossier.CurrentStep);
    }

    [Fact]
    public void Asking_where_a_dossier_stands_on_a_later_day_changes_nothing_on_it()
    {
        var dossier = DossierBuilder.DecidedTo(Outcome.HelpAndMonitor).WithHelp(Clock.Today.AddDays(7)).Build();
        var entries = dossier.Chronology.Count;

        var later = DossierProgress.NextActionOn(dossier, Clock.Today.AddDays(7));
        DossierProgress.Steps(dossier, Clock.Today.AddDays(7));

        Assert.Equal(NextActionKind.Evaluate, later.Kind);
        Assert.Equal(NextActionKind.AwaitEvaluation, dossier.PendingAction);
        Assert.Equal(MeldcodeStep.Decision, dossier.CurrentStep);
        Assert.Equal(entries, dossier.Chronology.Count);
        Assert.Equal(Clock.Now, dossier.LastActivityAt);
    }

    [Fact]
    public void A_closed_dossier_has_no_next_action_and_no_current_step()
    {
        var dossier = DossierBuilder.WeighedTo(Outcome.Close).Decided(Outcome.Close).Build();

        Assert.Equal(new NextAction(NextActionKind.None), DossierProgress.NextActionOn(dossier, Clock.Today));
        Assert.Null(DossierProgress.CurrentStep(dossier, Clock.Today));
        Assert.All(DossierProgress.Steps(dossier, Clock.Today), s => Assert.Equal(StepState.Done, s.State));
    }
}
