using FluentValidation;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Dossiers;
using Meldcode.Application.Dossiers.OpenDossier;
using Meldcode.Application.Teams.GetTeamOverview;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Application.Tests.Teams.GetTeamOverview;

public sealed class GetTeamOverviewTests : SchoolTest
{
    [Fact]
    public async Task Each_flag_shows_on_its_dossier_and_filters_the_overview_to_exactly_the_dossiers_that_carry_it()
    {
        var desk = await ArrangeOneDossierPerFlagAsync();

        var all = (await OverviewAsync()).Dossiers.Items.ToDictionary(i => i.Id);

        Assert.Equal(DossierFlag.Acute, all[desk.Acute].Flags);
        Assert.Equal(DossierFlag.DeviationAwaitingReview, all[desk.Deviation].Flags);
        Assert.Equal(DossierFlag.AwaitingCoSignature | DossierFlag.ReportDue, all[desk.CoSignature].Flags);
        Assert.Equal(DossierFlag.ReportDue, all[desk.ReportDue].Flags);
        Assert.Equal(DossierFlag.NoActiveOwner, all[desk.NoActiveOwner].Flags);
        Assert.Equal(DossierFlag.EvaluationOverdue, all[desk.EvaluationOverdue].Flags);
        Assert.Equal(DossierFlag.Stalled, all[desk.Stalled].Flags);
        Assert.Equal(DossierFlag.None, all[desk.Quiet].Flags);
        foreach (var flag in DossierFlags.All)
        {
            var filtered = (await OverviewAsync(new GetTeamOverviewQuery(Flag: flag))).Dossiers;

            // The database's filter and the domain's flags agree, dossier for dossier.
            Assert.Equal(all.Values.Where(i => i.Flags.HasFlag(flag)).Select(i => i.Id).Order(), filtered.Items.Select(i => i.Id).Order());
            Assert.Equal(filtered.Items.Count, filtered.TotalCount);
        }
    }

    [Fact]
    public async Task What_needs_the_lead_comes_first_in_the_order_of_the_flags_then_the_longest_quiet()
    {
        var desk = await ArrangeOneDossierPerFlagAsync();

        var order = (await OverviewAsync()).Dossiers.Items.Select(i => i.Id);

        Assert.Equal(
            [desk.Acute, desk.Deviation, desk.CoSignature, desk.ReportDue, desk.NoActiveOwner, desk.EvaluationOverdue, desk.Stalled, desk.OlderQuiet, desk.Quiet],
            order);
    }

    [Fact]
    public async Task A_dossier_is_stalled_after_the_organisations_number_of_working_days_without_activity()
    {
        var id = await Dossiers.OpenAsync();

        // Wednesday 18 November + 13 calendar days: Tuesday 1 December, 9 working days later.
        Clock.Advance(TimeSpan.FromDays(13));
        Assert.Equal(DossierFlag.None, (await OnlyItemAsync()).Flags);

        Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(DossierFlag.Stalled, (await OnlyItemAsync()).Flags);

        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.Comment);
        Assert.Equal(DossierFlag.None, (await OnlyItemAsync()).Flags);
    }

    [Fact]
    public async Task The_stalled_setting_of_the_organisation_counts()
    {
        await Dossiers.OpenAsync();
        await Host.WithContextAsync(async context =>
        {
            var organisation = await context.Organisations.SingleAsync(o => o.Id == School.Organisation.Id);
            organisation.ChangeReviewSettings(fourEyesOnReports: true, namedReviewerId: null, stalledAfterWorkingDays: 2);
            return await context.SaveChangesAsync();
        });

        // Wednesday to Friday: two working days.
        Clock.Advance(TimeSpan.FromDays(2));

        Assert.Equal(DossierFlag.Stalled, (await OnlyItemAsync()).Flags);
    }

    [Fact]
    public async Task A_deactivated_owners_open_dossiers_have_no_active_owner()
    {
        var id = await Dossiers.OpenAsync(School.Collaborator);

        await DeactivateAsync(School.Collaborator.Id);

        var item = await OnlyItemAsync();
        Assert.Equal(id, item.Id);
        Assert.Equal(DossierFlag.NoActiveOwner, item.Flags);
        Assert.False(item.OwnerIsActive);
        Assert.Equal("Bram de Boer", item.OwnerName);
        var owner = Assert.Single((await OverviewAsync()).Owners);
        Assert.Equal((School.Collaborator.Id, false), (owner.Id, owner.IsActive));
    }

    [Fact]
    public async Task A_row_shows_the_number_name_team_owner_step_and_days_in_that_step()
    {
        var id = await Dossiers.OpenAsync(firstName: "Fleur");
        Clock.Advance(TimeSpan.FromDays(3));
        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.Signal);
        Clock.Advance(TimeSpan.FromDays(2));
        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.Comment);

        var item = await OnlyItemAsync();

        Assert.Equal(("2026-0001", "Fleur Bakker", "Locatie Noord", "Anouk Jansen"), (item.Number, item.Name, item.TeamName, item.OwnerName));
        Assert.Equal(MeldcodeStep.Consultation, item.CurrentStep);
        Assert.Equal(2, item.DaysInStep);
        Assert.Equal(DossierStatus.Open, item.Status);
        Assert.True(item.OwnerIsActive);
    }

    [Fact]
    public async Task Closed_dossiers_are_left_out_unless_their_decision_waits_for_review()
    {
        var closed = await Dossiers.OpenAsync(firstName: "Fleur");
        await Dossiers.ChangeAsync(School.Owner, closed, ValidCommands.Close);
        var awaiting = await DecidedWithFourEyesAsync(Outcome.Close, recommendation: Outcome.Report);

        var item = await OnlyItemAsync();

        Assert.Equal(awaiting, item.Id);
        Assert.Equal(DossierStatus.Closed, item.Status);
        Assert.Equal(DossierFlag.DeviationAwaitingReview, item.Flags);
    }

    [Fact]
    public async Task A_co_signed_decision_no_longer_waits()
    {
        var id = await DecidedWithFourEyesAsync(Outcome.Report);
        await Host.WithContextAsync(async context =>
        {
            var dossier = await DossierWorkspace.LoadAsync(context, id, CancellationToken.None);
            dossier.CoSignDecision(null, new Actor(School.LeadA.Id, School.LeadA.DisplayName), Clock.Now);
            return await context.SaveChangesAsync();
        });

        Assert.Equal(DossierFlag.ReportDue, (await OnlyItemAsync()).Flags);
    }

    [Fact]
    public async Task The_counts_per_step_cover_the_chosen_teams_before_the_other_filters()
    {
        await Dossiers.OpenAsync(firstName: "Fleur");
        await Dossiers.OpenAsync(firstName: "Daan");
        var consulting = await Dossiers.OpenAsync(firstName: "Sem");
        await Dossiers.ChangeAsync(School.Owner, consulting, ValidCommands.Signal);
        await OpenReportedAsync();
        await Dossiers.OpenAsync(School.Consultant, School.TeamB);

        var overview = await OverviewAsync(new GetTeamOverviewQuery(Step: MeldcodeStep.Consultation, Search: "sem"));

        Assert.Equal(
            [(MeldcodeStep.Signals, 2), (MeldcodeStep.Consultation, 1), (MeldcodeStep.Conversation, 0), (MeldcodeStep.Weighing, 0), (MeldcodeStep.Decision, 0), (null, 1)],
            overview.StepCounts.Select(c => (c.Step, c.Count)));
        Assert.Equal(4, overview.TotalInTeams);
        Assert.Equal([consulting], overview.Dossiers.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task The_overview_filters_by_step_by_all_steps_done_and_by_owner()
    {
        var fresh = await Dossiers.OpenAsync(firstName: "Fleur");
        var consulting = await Dossiers.OpenAsync(firstName: "Sem");
        await Dossiers.ChangeAsync(School.Owner, consulting, ValidCommands.Signal);
        var decided = await OpenReportedAsync();
        var others = await Dossiers.OpenAsync(School.Collaborator, firstName: "Daan");

        Assert.Equal([fresh, others], await IdsAsync(new GetTeamOverviewQuery(Step: MeldcodeStep.Signals)));
        Assert.Equal([consulting], await IdsAsync(new GetTeamOverviewQuery(Step: MeldcodeStep.Consultation)));
        Assert.Equal([decided], await IdsAsync(new GetTeamOverviewQuery(AllStepsDone: true)));
        Assert.Equal([others], await IdsAsync(new GetTeamOverviewQuery(OwnerId: School.Collaborator.Id)));
        Assert.Empty(await IdsAsync(new GetTeamOverviewQuery(Step: MeldcodeStep.Consultation, OwnerId: School.Collaborator.Id)));
        Assert.Equal(["Anouk Jansen", "Bram de Boer"], (await OverviewAsync()).Owners.Select(o => o.Name));
    }

    [Theory]
    [InlineData("2026-0002")]
    [InlineData("2")]
    [InlineData("0002")]
    [InlineData("sem")]
    [InlineData("SEM BAK")]
    public async Task A_dossier_is_found_by_its_number_or_a_part_of_the_name(string search)
    {
        await Dossiers.OpenAsync(firstName: "Fleur");
        var sem = await Dossiers.OpenAsync(firstName: "Sem");

        var found = (await OverviewAsync(new GetTeamOverviewQuery(Search: search))).Dossiers;

        Assert.Equal([sem], found.Items.Select(i => i.Id));
        Assert.Equal(1, found.TotalCount);
    }

    [Fact]
    public async Task A_dossier_is_found_by_a_part_of_the_name_with_or_without_accents()
    {
        var zoe = await Dossiers.SendAsync(School.Owner, new OpenDossierCommand(School.TeamA.Id, "Zoë", "de Vries", new DateOnly(2017, 4, 12), "groep 5"));
        await Dossiers.OpenAsync();

        Assert.Equal([zoe], await IdsAsync(new GetTeamOverviewQuery(Search: "zoe de")));
    }

    [Fact]
    public async Task The_overview_comes_in_pages_that_together_hold_every_dossier_once_and_a_page_out_of_range_shows_the_nearest()
    {
        var opened = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            opened.Add(await Dossiers.OpenAsync(firstName: $"Kind{i}"));
            Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var first = (await OverviewAsync(new GetTeamOverviewQuery(Page: 1, PageSize: 2))).Dossiers;
        var second = (await OverviewAsync(new GetTeamOverviewQuery(Page: 2, PageSize: 2))).Dossiers;
        var third = (await OverviewAsync(new GetTeamOverviewQuery(Page: 3, PageSize: 2))).Dossiers;
        var beyond = (await OverviewAsync(new GetTeamOverviewQuery(Page: 9, PageSize: 2))).Dossiers;
        var before = (await OverviewAsync(new GetTeamOverviewQuery(Page: -1, PageSize: 2))).Dossiers;

        Assert.Equal((1, 3, 5), (first.Page, first.PageCount, first.TotalCount));
        Assert.Equal(opened, first.Items.Concat(second.Items).Concat(third.Items).Select(i => i.Id));
        Assert.Equal(3, beyond.Page);
        Assert.Equal([opened[4]], beyond.Items.Select(i => i.Id));
        Assert.Equal(1, before.Page);
        Assert.True(first.HasNext);
        Assert.False(third.HasNext);
    }

    [Fact]
    public async Task A_lead_of_two_teams_sees_both_or_chooses_one()
    {
        var lead = await LeadOfBothTeamsAsync();
        var inA = await Dossiers.OpenAsync();
        var inB = await Dossiers.OpenAsync(School.Consultant, School.TeamB);

        var both = await Dossiers.SendAsync(lead, new GetTeamOverviewQuery());
        var onlyB = await Dossiers.SendAsync(lead, new GetTeamOverviewQuery(TeamIds: [School.TeamB.Id]));

        Assert.Equal([inA, inB], both.Dossiers.Items.Select(i => i.Id));
        Assert.Equal([("Locatie Noord", true), ("Locatie Zuid", true)], both.Teams.Select(t => (t.Name, t.Chosen)));
        Assert.Equal([inB], onlyB.Dossiers.Items.Select(i => i.Id));
        Assert.Equal("Locatie Zuid", Assert.Single(onlyB.Dossiers.Items).TeamName);
        Assert.Equal([("Locatie Noord", false), ("Locatie Zuid", true)], onlyB.Teams.Select(t => (t.Name, t.Chosen)));
        Assert.Equal(1, onlyB.TotalInTeams);
    }

    [Fact]
    public async Task A_lead_sees_only_their_own_teams_dossiers_and_cannot_choose_another_team()
    {
        var inA = await Dossiers.OpenAsync();
        var inB = await Dossiers.OpenAsync(School.Consultant, School.TeamB);
        await Dossiers.OpenAsync(School.Outsider, School.OtherTeam);

        Assert.Equal([inA], await IdsAsync(new GetTeamOverviewQuery()));
        Assert.Equal([inB], (await Dossiers.SendAsync(School.LeadB, new GetTeamOverviewQuery())).Dossiers.Items.Select(i => i.Id));
        Assert.Empty(await IdsAsync(new GetTeamOverviewQuery(Search: "2026-0002")));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => Dossiers.SendAsync(School.LeadA, new GetTeamOverviewQuery(TeamIds: [School.TeamB.Id])));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => Dossiers.SendAsync(School.LeadA, new GetTeamOverviewQuery(TeamIds: [School.OtherTeam.Id])));
    }

    /// <summary>The overview's part of the access matrix: only an aandachtsfunctionaris gets it.</summary>
    [Theory]
    [InlineData(Who.Owner)]
    [InlineData(Who.Collaborator)]
    [InlineData(Who.ColleagueNotOnTheDossier)]
    [InlineData(Who.ConsultedColleague)]
    [InlineData(Who.Administrator)]
    [InlineData(Who.Trainer)]
    [InlineData(Who.PrivacyOfficer)]
    [InlineData(Who.Board)]
    public async Task Everyone_but_an_aandachtsfunctionaris_is_refused_the_team_overview(Who who)
    {
        await Dossiers.OpenAsync();

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => Dossiers.SendAsync(School[who], new GetTeamOverviewQuery()));
    }

    [Fact]
    public async Task An_aandachtsfunctionaris_of_another_organisation_sees_only_their_own()
    {
        await Dossiers.OpenAsync();
        var theirs = await Dossiers.OpenAsync(School.Outsider, School.OtherTeam);

        var overview = await Dossiers.SendAsync(School.Outsider, new GetTeamOverviewQuery());

        Assert.Equal([theirs], overview.Dossiers.Items.Select(i => i.Id));
        Assert.Equal(["Team Oost"], overview.Teams.Select(t => t.Name));
    }

    [Theory]
    [InlineData(DossierFlag.None, "Kies een signalering uit de lijst.")]
    [InlineData(DossierFlag.Acute | DossierFlag.Stalled, "Kies een signalering uit de lijst.")]
    [InlineData((DossierFlag)128, "Kies een signalering uit de lijst.")]
    public async Task A_flag_that_is_not_one_of_the_list_is_refused_with_a_message(DossierFlag flag, string message)
    {
        var refused = await Assert.ThrowsAsync<ValidationException>(() => OverviewAsync(new GetTeamOverviewQuery(Flag: flag)));

        Assert.Equal(message, Assert.Single(refused.Errors).ErrorMessage);
    }

    [Fact]
    public async Task An_unknown_step_and_a_too_long_search_are_refused_with_messages()
    {
        var refused = await Assert.ThrowsAsync<ValidationException>(() => OverviewAsync(new GetTeamOverviewQuery(Step: (MeldcodeStep)99, Search: new string('a', 101))));

        Assert.Contains("Kies een stap uit de lijst.", refused.Errors.Select(e => e.ErrorMessage));
        Assert.Contains(refused.Errors, e => e.ErrorMessage.Contains("hoogstens 100 tekens", StringComparison.Ordinal));
    }

    private Task<TeamOverview> OverviewAsync(GetTeamOverviewQuery? query = null) =>
        Dossiers.SendAsync(School.LeadA, query ?? new GetTeamOverviewQuery());

    private async Task<IReadOnlyList<Guid>> IdsAsync(GetTeamOverviewQuery query) =>
        [.. (await OverviewAsync(query)).Dossiers.Items.Select(i => i.Id)];

    private async Task<TeamOverviewItem> OnlyItemAsync() => Assert.Single((await OverviewAsync()).Dossiers.Items);

    /// <summary>Every step done: decided to report, and the report recorded.</summary>
    private async Task<Guid> OpenReportedAsync()
    {
        var id = await Dossiers.OpenDecidedAsync(Outcome.Report);
        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.Report);
        return id;
    }

    private Task<User> LeadOfBothTeamsAsync() =>
        Host.WithContextAsync(async context =>
        {
            var organisation = await context.Organisations.SingleAsync(o => o.Id == School.Organisation.Id);
            var lead = User.Create(organisation, "Lotte Hendriks", null);
            lead.Grant(Role.SafeguardingLead, School.TeamA);
            lead.Grant(Role.SafeguardingLead, School.TeamB);
            context.Users.Add(lead);
            await context.SaveChangesAsync();
            return lead;
        });

    /// <summary>Steps 1–4 through the use cases, then the decision with four-eyes on (the decide use case routes reviews in another change).</summary>
    private async Task<Guid> DecidedWithFourEyesAsync(Outcome outcome, Outcome? recommendation = null)
    {
        var id = await Dossiers.OpenAsync();
        await Dossiers.MakeReadyToWeighAsync(id);
        await Dossiers.WeighTowardsAsync(id, recommendation ?? outcome);
        var deviates = recommendation is not null && recommendation != outcome;
        await Host.WithContextAsync(async context =>
        {
            var dossier = await DossierWorkspace.LoadAsync(context, id, CancellationToken.None);
            dossier.Decide(outcome, "Besloten na de weging.", deviates ? "Ik wijk af omdat de situatie anders is dan de vragen laten zien." : null, new Actor(School.Owner.Id, School.Owner.DisplayName), Clock.Now, ReviewRoute.TeamLeads);
            return await context.SaveChangesAsync();
        });
        return id;
    }

    /// <summary>
    /// One dossier of team A per flag, plus two without: the stalled one and the older quiet one are opened first, three
    /// weeks before the others (the older quiet one is worked on two days before those); the evaluation runs out the day before now.
    /// </summary>
    private async Task<Desk> ArrangeOneDossierPerFlagAsync()
    {
        var stalled = await Dossiers.OpenAsync(firstName: "Stil");
        var olderQuiet = await Dossiers.OpenAsync(firstName: "Eerder");
        Clock.Advance(TimeSpan.FromDays(19));
        await Dossiers.ChangeAsync(School.Owner, olderQuiet, ValidCommands.Comment);
        var monitored = await Dossiers.OpenAsync(firstName: "Volgen");
        await Dossiers.DecideAsync(monitored, Outcome.HelpAndMonitor);
        await Dossiers.ChangeAsync(School.Owner, monitored, s => ValidCommands.Help(s, evaluateInDays: 1));
        Clock.Advance(TimeSpan.FromDays(2));

        var acute = await Dossiers.OpenAsync(firstName: "Acuut");
        await Dossiers.ChangeAsync(School.Owner, acute, ValidCommands.EmergencyAction);
        var deviation = await DecidedWithFourEyesAsync(Outcome.Close, recommendation: Outcome.Report);
        var coSignature = await DecidedWithFourEyesAsync(Outcome.Report);
        var reportDue = await Dossiers.OpenDecidedAsync(Outcome.Report);
        var noActiveOwner = await Dossiers.OpenAsync(School.Collaborator, firstName: "Weg");
        await DeactivateAsync(School.Collaborator.Id);
        var quiet = await Dossiers.OpenAsync(firstName: "Rustig");
        return new Desk(acute, deviation, coSignature, reportDue, noActiveOwner, monitored, stalled, olderQuiet, quiet);
    }

    private sealed record Desk(Guid Acute, Guid Deviation, Guid CoSignature, Guid ReportDue, Guid NoActiveOwner, Guid EvaluationOverdue, Guid Stalled, Guid OlderQuiet, Guid Quiet);
}
