using FluentValidation;
using Meldcode.Application.Administration.ChangeReviewSettings;
using Meldcode.Application.Administration.GetOrganisationSettings;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Dossiers.ReviewDecision;
using Meldcode.Application.Tests.Administration.Support;
using Meldcode.Domain.Administration;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Application.Tests.Dossiers.ReviewDecision;

/// <summary>Four eyes on reports, through the use cases: where a decision goes, who reviews it, and the organisation's settings.</summary>
public sealed class FourEyesTests : AdministrationTest
{
    [Fact]
    public async Task Four_eyes_is_on_for_a_new_organisation_and_a_decision_to_report_waits_for_the_teams_lead()
    {
        var id = await Dossiers.OpenAsync();
        await Dossiers.DecideAsync(id, Outcome.Report, coSign: false);

        var view = await Dossiers.ViewAsync(School.LeadA, id);
        var review = Assert.Single(view.Dossier.Reviews);
        Assert.Equal((ReviewReason.Report, (Guid?)null), (review.Reason, review.ReviewerId));
        Assert.True(view.CanReview);
        Assert.True(view.ReportWaitsForReview);
        Assert.False((await Dossiers.ViewAsync(School.Owner, id)).CanReview);
    }

    [Fact]
    public async Task The_lead_co_signs_and_then_the_owner_records_the_report()
    {
        var id = await Dossiers.OpenAsync();
        await Dossiers.DecideAsync(id, Outcome.Report, coSign: false);

        await Dossiers.ChangeAsync(School.LeadA, id, ValidCommands.CoSign);
        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.Report);

        var dossier = (await Dossiers.StateAsync(id)).Dossier;
        Assert.Equal((ReviewStatus.CoSigned, School.LeadA.DisplayName, "Goed onderbouwd, ik teken mee."), (dossier.Reviews[0].Status, dossier.Reviews[0].ReviewedByName, dossier.Reviews[0].Comment));
        Assert.Single(dossier.Reports);
    }

    [Fact]
    public async Task The_lead_disagrees_with_a_reason_the_decision_stands_and_the_report_can_be_recorded()
    {
        var id = await Dossiers.OpenAsync();
        await Dossiers.DecideAsync(id, Outcome.Report, coSign: false);

        await Dossiers.ChangeAsync(School.LeadA, id, ValidCommands.Disagree);
        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.Report);

        var dossier = (await Dossiers.StateAsync(id)).Dossier;
        Assert.Equal(ReviewStatus.Disagreed, dossier.Reviews[0].Status);
        Assert.Equal(Outcome.Report, dossier.Decision!.Outcome);
        Assert.Single(dossier.Reports);
    }

    [Fact]
    public async Task Disagreeing_without_a_reason_is_refused_in_Dutch_and_nothing_is_saved()
    {
        var id = await Dossiers.OpenAsync();
        await Dossiers.DecideAsync(id, Outcome.Report, coSign: false);

        var messages = await Dossiers.ValidationMessagesAsync(School.LeadA, id, s => new ReviewDecisionCommand(s.Id, s.Version, ReviewVerdict.Disagree, " "));
        var noChoice = await Dossiers.ValidationMessagesAsync(School.LeadA, id, s => new ReviewDecisionCommand(s.Id, s.Version, null, null));

        Assert.Equal(["Vul de reden waarom je het niet eens bent in."], messages);
        Assert.Equal(["Kies: medeondertekenen, of het niet eens zijn met het besluit."], noChoice);
        Assert.True((await Dossiers.StateAsync(id)).Dossier.OpenReview!.IsAwaiting);
    }

    [Fact]
    public async Task With_four_eyes_off_nothing_waits()
    {
        await SetReviewAsync(fourEyes: false, reviewer: null);
        var id = await Dossiers.OpenAsync();

        await Dossiers.DecideAsync(id, Outcome.Report, coSign: false);
        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.Report);

        var dossier = (await Dossiers.StateAsync(id)).Dossier;
        Assert.Empty(dossier.Reviews);
        Assert.Single(dossier.Reports);
    }

    [Fact]
    public async Task When_the_teams_only_lead_works_on_the_dossier_the_named_reviewer_reviews_and_reads_only_while_it_waits()
    {
        await SetReviewAsync(fourEyes: true, reviewer: School.LeadB);
        var id = await Dossiers.OpenAsync();
        await LeadAWorksOnAsync(id);
        await Assert.ThrowsAsync<NotFoundException>(() => Dossiers.ViewAsync(School.LeadB, id));

        await Dossiers.DecideAsync(id, Outcome.Report, coSign: false);

        var view = await Dossiers.ViewAsync(School.LeadB, id);
        Assert.Equal(School.LeadB.Id, view.Dossier.OpenReview!.ReviewerId);
        Assert.True(view.CanReview);
        Assert.False((await Dossiers.ViewAsync(School.LeadA, id)).CanReview);

        await Dossiers.ChangeAsync(School.LeadB, id, ValidCommands.CoSign);

        await Assert.ThrowsAsync<NotFoundException>(() => Dossiers.ViewAsync(School.LeadB, id));
    }

    [Fact]
    public async Task A_lead_who_works_on_the_dossier_cannot_co_sign_it()
    {
        var id = await Dossiers.OpenAsync();
        await LeadAWorksOnAsync(id);
        await Dossiers.DecideAsync(id, Outcome.Report, coSign: false);

        var rule = await Dossiers.BrokenRuleAsync(School.LeadA, id, ValidCommands.CoSign);

        Assert.StartsWith("Je werkt zelf aan dit dossier.", rule);
    }

    [Fact]
    public async Task The_administrator_sets_four_eyes_the_reviewer_and_the_stalled_days_and_the_log_says_so()
    {
        var shown = await AsAdministrator(new GetOrganisationSettingsQuery());
        Assert.Equal((true, (Guid?)null, 10), (shown.FourEyesOnReports, shown.NamedReviewerId, shown.StalledAfterWorkingDays));
        Assert.Contains(shown.ReviewerChoices, c => c.UserId == School.LeadB.Id);
        Assert.DoesNotContain(shown.ReviewerChoices, c => c.UserId == School.Owner.Id);

        await AsAdministrator(new ChangeReviewSettingsCommand(shown.Version, false, School.LeadB.Id, 15));

        var after = await AsAdministrator(new GetOrganisationSettingsQuery());
        Assert.Equal((false, (Guid?)School.LeadB.Id, 15), (after.FourEyesOnReports, after.NamedReviewerId, after.StalledAfterWorkingDays));
        var line = Assert.Single(await LogAsync());
        Assert.Equal(AdministrationAction.ReviewSettingsChanged, line.Action);
        Assert.Equal($"Vier ogen op meldingen uit; beoordelaar als niemand anders in het team kan: {School.LeadB.DisplayName}; een dossier staat stil na 15 werkdagen.", line.Description);
    }

    [Fact]
    public async Task Only_an_active_lead_or_board_member_can_be_named_reviewer_and_the_stalled_days_stay_in_range()
    {
        var shown = await AsAdministrator(new GetOrganisationSettingsQuery());

        var professional = await Assert.ThrowsAsync<ValidationException>(() => AsAdministrator(new ChangeReviewSettingsCommand(shown.Version, true, School.Owner.Id, 10)));
        var range = await Assert.ThrowsAsync<ValidationException>(() => AsAdministrator(new ChangeReviewSettingsCommand(shown.Version, true, null, 0)));

        Assert.Equal("Kies als beoordelaar een actieve aandachtsfunctionaris of iemand van het bestuur uit de lijst.", Assert.Single(professional.Errors).ErrorMessage);
        Assert.Equal("Kies een aantal werkdagen tussen 1 en 60.", Assert.Single(range.Errors).ErrorMessage);
        Assert.Empty(await LogAsync());
    }

    /// <summary>The lead of team A also teaches there, and works on the dossier with the owner.</summary>
    private async Task LeadAWorksOnAsync(Guid dossierId)
    {
        await Host.WithContextAsync(async context =>
        {
            var lead = await context.Users.Include(u => u.Memberships).SingleAsync(u => u.Id == School.LeadA.Id);
            lead.Grant(Role.Professional, await context.Teams.SingleAsync(t => t.Id == School.TeamA.Id));
            return await context.SaveChangesAsync();
        });
        await Dossiers.ChangeAsync(School.Owner, dossierId, s => ValidCommands.Collaborator(s, School.LeadA));
    }

    private async Task SetReviewAsync(bool fourEyes, User? reviewer)
    {
        var shown = await AsAdministrator(new GetOrganisationSettingsQuery());
        await AsAdministrator(new ChangeReviewSettingsCommand(shown.Version, fourEyes, reviewer?.Id, shown.StalledAfterWorkingDays));
    }
}
