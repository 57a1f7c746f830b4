using Meldcode.Domain.Common;
using Meldcode.Domain.Dossiers;

namespace Meldcode.Domain.Tests.Dossiers;

/// <summary>Four eyes on reports: which decisions go to review, who may give it, and what it holds up (only a report that is not about acute danger).</summary>
public sealed class FourEyesTests
{
    private const string Reason = "Ik had eerst hulp geboden: de ouders werken goed mee.";

    public static TheoryData<Outcome, Outcome, ReviewReason?> WhatGoesToReview => new()
    {
        // decided, recommended, why it goes to review (null: it does not)
        { Outcome.Report, Outcome.Report, ReviewReason.Report },
        { Outcome.ReportAndHelp, Outcome.ReportAndHelp, ReviewReason.Report },
        { Outcome.Report, Outcome.ReportAndHelp, ReviewReason.Report },
        { Outcome.HelpAndMonitor, Outcome.HelpAndMonitor, null },
        { Outcome.Close, Outcome.Close, null },
        { Outcome.HelpAndMonitor, Outcome.Report, ReviewReason.Deviation },
        { Outcome.Close, Outcome.HelpAndMonitor, ReviewReason.Deviation },
        { Outcome.Report, Outcome.HelpAndMonitor, ReviewReason.Deviation },
        { Outcome.Report, Outcome.Close, ReviewReason.Deviation },
    };

    [Theory]
    [MemberData(nameof(WhatGoesToReview))]
    public void With_four_eyes_a_decision_to_report_and_every_deviation_go_to_review(Outcome decided, Outcome recommended, ReviewReason? expected)
    {
        var dossier = DossierBuilder.DecidedWithFourEyes(decided, recommended).Build();

        Assert.Equal(expected, dossier.OpenReview?.Reason);
        Assert.Equal(expected, dossier.AwaitingReview);
        Assert.Equal(expected is not null, dossier.Chronology.Any(e => e.Kind == ChronologyEntryKind.ReviewRequested));
    }

    [Fact]
    public void Without_four_eyes_nothing_goes_to_review()
    {
        var dossier = DossierBuilder.WeighedTo(Outcome.HelpAndMonitor).Decided(Outcome.Report, ReviewRoute.Off).Build();

        Assert.Empty(dossier.Reviews);
        Assert.Null(dossier.AwaitingReview);
    }

    [Fact]
    public void A_decision_routed_to_the_named_reviewer_names_them_and_says_so_in_the_chronology()
    {
        var reviewer = Guid.NewGuid();

        var dossier = DossierBuilder.WeighedTo(Outcome.Report).Decided(Outcome.Report, ReviewRoute.To(reviewer)).Build();

        Assert.Equal(reviewer, dossier.OpenReview!.ReviewerId);
        Assert.Contains("de beoordelaar die de organisatie heeft aangewezen", dossier.Chronology[^1].Summary);
    }

    [Fact]
    public void A_report_waits_for_the_review()
    {
        var dossier = DossierBuilder.DecidedWithFourEyes(Outcome.Report).Build();

        var refused = Assert.Throws<DomainException>(() => dossier.RecordReport(Inputs.Report(), People.Owner, Clock.Now));

        Assert.Contains("medeondertekening", refused.Message);
        Assert.Empty(dossier.Reports);
        Assert.True(dossier.HasReportDue);
    }

    [Fact]
    public void Acute_danger_is_never_held_up_the_report_is_recorded_at_once_and_the_review_follows()
    {
        var dossier = DossierBuilder.DecidedWithFourEyes(Outcome.Report).WithEmergencyAction().Build();

        dossier.RecordReport(Inputs.Report(), People.Owner, Clock.Now);

        Assert.Single(dossier.Reports);
        Assert.NotNull(dossier.OpenReview);
        Assert.False(dossier.HasReportDue);
    }

    [Fact]
    public void Once_co_signed_the_report_can_be_recorded_and_nothing_waits()
    {
        var dossier = DossierBuilder.DecidedWithFourEyes(Outcome.Report).Build();

        dossier.CoSignDecision("Goed onderbouwd.", People.Lead, Clock.Now);
        dossier.RecordReport(Inputs.Report(), People.Owner, Clock.Now);

        var review = Assert.Single(dossier.Reviews);
        Assert.Equal((ReviewStatus.CoSigned, People.Lead.Name, "Goed onderbouwd."), (review.Status, review.ReviewedByName, review.Comment));
        Assert.Null(dossier.AwaitingReview);
        Assert.Contains("Besluit medeondertekend door Ingrid Bakker.", dossier.Chronology.Single(e => e.Kind == ChronologyEntryKind.ReviewCoSigned).Summary);
    }

    [Fact]
    public void Disagreement_does_not_block_the_report_and_is_recorded_with_its_reason()
    {
        var dossier = DossierBuilder.DecidedWithFourEyes(Outcome.Report).Build();

        dossier.DisagreeWithDecision(Reason, People.Lead, Clock.Now);
        dossier.RecordReport(Inputs.Report(), People.Owner, Clock.Now);

        Assert.Equal(ReviewStatus.Disagreed, dossier.Reviews[0].Status);
        Assert.Single(dossier.Reports);
        var entry = dossier.Chronology.Single(e => e.Kind == ChronologyEntryKind.ReviewDisagreed).Summary;
        Assert.Contains("Ingrid Bakker is het niet eens met het besluit", entry);
        Assert.Contains(Reason, entry);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("Niet mee eens.")]
    public void Disagreeing_needs_a_written_reason(string? reason)
    {
        var dossier = DossierBuilder.DecidedWithFourEyes(Outcome.Report).Build();

        var refused = Assert.Throws<DomainException>(() => dossier.DisagreeWithDecision(reason!, People.Lead, Clock.Now));

        Assert.Contains($"minstens {Review.MinimumReasonLength} tekens", refused.Message);
        Assert.True(dossier.OpenReview!.IsAwaiting);
    }

    [Fact]
    public void The_owner_cannot_co_sign_their_own_decision()
    {
        var dossier = DossierBuilder.DecidedWithFourEyes(Outcome.Report).Build();

        var refused = Assert.Throws<DomainException>(() => dossier.CoSignDecision(null, People.Owner, Clock.Now));

        Assert.StartsWith("Je werkt zelf aan dit dossier.", refused.Message);
        Assert.NotNull(dossier.OpenReview);
    }

    [Fact]
    public void A_lead_who_collaborates_on_the_dossier_cannot_co_sign_it_either()
    {
        var dossier = DossierBuilder.WeighedTo(Outcome.Report).WithCollaborator(People.Lead).Decided(Outcome.Report, ReviewRoute.TeamLeads).Build();

        Assert.Throws<DomainException>(() => dossier.CoSignDecision(null, People.Lead, Clock.Now));
    }

    [Fact]
    public void A_decision_is_reviewed_once()
    {
        var dossier = DossierBuilder.DecidedWithFourEyes(Outcome.Report).Build();
        dossier.CoSignDecision(null, People.Lead, Clock.Now);

        var refused = Assert.Throws<DomainException>(() => dossier.DisagreeWithDecision(Reason, People.Colleague, Clock.Now));

        Assert.Equal("Er wacht geen besluit op beoordeling.", refused.Message);
    }

    [Fact]
    public void A_deviating_decision_to_close_closes_the_dossier_and_can_still_be_reviewed()
    {
        var dossier = DossierBuilder.DecidedWithFourEyes(Outcome.Close, Outcome.HelpAndMonitor).Build();
        Assert.True(dossier.IsClosed);
        Assert.Equal(ReviewReason.Deviation, dossier.AwaitingReview);

        dossier.DisagreeWithDecision(Reason, People.Lead, Clock.Now);

        Assert.Null(dossier.AwaitingReview);
        Assert.Equal(ChronologyEntryKind.ReviewDisagreed, dossier.Chronology[^1].Kind);
    }

    [Fact]
    public void Reviews_raise_events_for_the_inbox()
    {
        var dossier = DossierBuilder.DecidedWithFourEyes(Outcome.Report).Build();
        var requested = Assert.Single(dossier.TakeEvents().OfType<ReviewRequestedEvent>());

        dossier.CoSignDecision(null, People.Lead, Clock.Now);

        Assert.Equal(new ReviewGivenEvent(requested.ReviewId), Assert.Single(dossier.TakeEvents()));
        Assert.Empty(dossier.Events);
    }
}
