using FluentValidation;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Dossiers.GetMyDossiers;
using Meldcode.Application.Dossiers.OpenDossier;

namespace Meldcode.Application.Tests.Dossiers.GetMyDossiers;

public sealed class GetMyDossiersTests : SchoolTest
{
    [Fact]
    public async Task A_dossier_with_an_overdue_evaluation_comes_first_then_the_most_recently_active()
    {
        var monitored = await OpenMonitoredDossierAsync("Fleur", evaluateInDays: 7);
        var reported = await OpenReportedDossierAsync("Daan");
        Clock.Advance(TimeSpan.FromDays(8));
        var fresh = await Dossiers.OpenAsync(firstName: "Noor");

        var list = await MyDossiersAsync();

        Assert.Equal([monitored, fresh, reported], list.Select(d => d.Id));
        var overdue = list[0];
        Assert.True(overdue.EvaluationOverdue);
        Assert.Equal(Clock.Today.AddDays(-1), overdue.EvaluationDate);
        Assert.Equal(NextActionKind.Evaluate, overdue.NextAction);
        Assert.Equal(DossierStatus.Monitoring, overdue.Status);
        Assert.Equal("Fleur Bakker", overdue.ChildName);
        Assert.Equal("Locatie Noord", overdue.TeamName);
        Assert.True(overdue.IsMine);
        Assert.False(list[1].EvaluationOverdue);
    }

    [Fact]
    public async Task The_list_filters_by_status_and_by_the_step_a_dossier_is_in()
    {
        var monitored = await OpenMonitoredDossierAsync("Fleur");
        var reported = await OpenReportedDossierAsync("Daan");
        var fresh = await Dossiers.OpenAsync(firstName: "Noor");
        var consulting = await Dossiers.OpenAsync(firstName: "Sem");
        await Dossiers.ChangeAsync(School.Owner, consulting, ValidCommands.Signal);

        Assert.Equal([reported], (await MyDossiersAsync(DossierStatus.Reported)).Select(d => d.Id));
        Assert.Equal([monitored], (await MyDossiersAsync(DossierStatus.Monitoring)).Select(d => d.Id));
        Assert.Equal([consulting, fresh], (await MyDossiersAsync(DossierStatus.Open)).Select(d => d.Id));
        Assert.Equal([fresh], (await MyDossiersAsync(step: MeldcodeStep.Signals)).Select(d => d.Id));
        Assert.Equal([consulting], (await MyDossiersAsync(step: MeldcodeStep.Consultation)).Select(d => d.Id));
        Assert.Empty(await MyDossiersAsync(DossierStatus.Reported, MeldcodeStep.Signals));
        Assert.Empty(await MyDossiersAsync(DossierStatus.Closed));
    }

    [Fact]
    public async Task The_lead_of_the_team_sees_its_dossiers_and_the_lead_of_another_team_does_not()
    {
        var inA = await Dossiers.OpenAsync();
        var inB = await Dossiers.OpenAsync(School.Consultant, School.TeamB, firstName: "Sem");

        var leadA = (await Dossiers.SendAsync(School.LeadA, new GetMyDossiersQuery())).Items;
        var leadB = (await Dossiers.SendAsync(School.LeadB, new GetMyDossiersQuery())).Items;

        var seen = Assert.Single(leadA);
        Assert.Equal(inA, seen.Id);
        Assert.False(seen.IsMine);
        Assert.Equal([inB], leadB.Select(d => d.Id));
    }

    [Fact]
    public async Task Professionals_see_the_dossiers_they_work_on_and_no_others()
    {
        var id = await Dossiers.OpenWithEveryoneAsync();
        await Dossiers.OpenAsync(School.Outsider, School.OtherTeam);

        var collaborator = (await Dossiers.SendAsync(School.Collaborator, new GetMyDossiersQuery())).Items;

        Assert.True(Assert.Single(collaborator).IsMine);
        Assert.Empty((await Dossiers.SendAsync(School.ColleagueA, new GetMyDossiersQuery())).Items);
        Assert.Empty((await Dossiers.SendAsync(School.Consultant, new GetMyDossiersQuery())).Items);
        Assert.DoesNotContain(id, (await Dossiers.SendAsync(School.Outsider, new GetMyDossiersQuery())).Items.Select(d => d.Id));
    }

    [Theory]
    [MemberData(nameof(School.WithoutATeamRole), MemberType = typeof(School))]
    public async Task Roles_without_a_team_role_have_no_dossier_list(Who who)
    {
        await Dossiers.OpenAsync();

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => Dossiers.SendAsync(School[who], new GetMyDossiersQuery()));
    }

    [Fact]
    public async Task The_list_comes_in_pages_that_together_hold_every_dossier_once()
    {
        var opened = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            opened.Add(await Dossiers.OpenAsync(firstName: $"Kind{i}"));
            Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var first = await PageAsync(page: 1, pageSize: 2);
        var second = await PageAsync(page: 2, pageSize: 2);
        var third = await PageAsync(page: 3, pageSize: 2);

        Assert.Equal((1, 3, 5), (first.Page, first.PageCount, first.TotalCount));
        Assert.Equal([opened[4], opened[3]], first.Items.Select(d => d.Id));
        Assert.Equal([opened[2], opened[1]], second.Items.Select(d => d.Id));
        Assert.Equal([opened[0]], third.Items.Select(d => d.Id));
        Assert.False(first.HasPrevious);
        Assert.True(first.HasNext);
        Assert.True(third.HasPrevious);
        Assert.False(third.HasNext);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-3, 1)]
    [InlineData(4, 3)]
    [InlineData(int.MaxValue, 3)]
    public async Task A_page_before_the_first_shows_the_first_and_one_beyond_the_last_shows_the_last(int asked, int shown)
    {
        for (var i = 0; i < 5; i++)
        {
            await Dossiers.OpenAsync(firstName: $"Kind{i}");
        }

        var page = await PageAsync(page: asked, pageSize: 2);

        Assert.Equal(shown, page.Page);
        Assert.NotEmpty(page.Items);
    }

    [Fact]
    public async Task An_empty_list_is_one_empty_page()
    {
        var page = await PageAsync(page: 7);

        Assert.Equal((1, 1, 0), (page.Page, page.PageCount, page.TotalCount));
        Assert.Empty(page.Items);
    }

    [Theory]
    [InlineData("2026-0002")]
    [InlineData("2")]
    [InlineData("0002")]
    [InlineData(" 2026-2 ")]
    public async Task A_dossier_is_found_by_its_number_with_or_without_the_year(string search)
    {
        await Dossiers.OpenAsync(firstName: "Fleur");
        var second = await Dossiers.OpenAsync(firstName: "Daan");
        await Dossiers.OpenAsync(firstName: "Sem");

        var found = await SearchAsync(search);

        Assert.Equal([second], found.Items.Select(d => d.Id));
        Assert.Equal(1, found.TotalCount);
    }

    [Fact]
    public async Task A_number_of_another_year_finds_nothing()
    {
        await Dossiers.OpenAsync();

        Assert.Empty((await SearchAsync("2025-0001")).Items);
    }

    [Theory]
    [InlineData("zoë")]
    [InlineData("ZOË")]
    [InlineData("vries")]
    [InlineData("De Vr")]
    [InlineData("zoë de vries")]
    [InlineData("zoe")]
    [InlineData("ZOE DE")]
    public async Task A_dossier_is_found_by_a_part_of_the_childs_first_or_last_name_in_any_case_with_or_without_accents(string search)
    {
        var zoe = await OpenAboutAsync("Zoë", "de Vries");
        await OpenAboutAsync("Noor", "Bakker");

        Assert.Equal([zoe], (await SearchAsync(search)).Items.Select(d => d.Id));
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("Pietersen")]
    public async Task A_search_that_matches_no_name_finds_nothing_and_wildcards_are_plain_characters(string search)
    {
        await OpenAboutAsync("Noor", "Bakker");

        var found = await SearchAsync(search);

        Assert.Empty(found.Items);
        Assert.Equal(0, found.TotalCount);
    }

    [Fact]
    public async Task The_search_combines_with_the_status_filter_and_the_count_follows()
    {
        var reported = await OpenReportedDossierAsync("Daan");
        await Dossiers.OpenAsync(firstName: "Daan");
        await Dossiers.OpenAsync(firstName: "Sem");

        var found = await Dossiers.SendAsync(School.Owner, new GetMyDossiersQuery(DossierStatus.Reported, Search: "daan"));

        Assert.Equal([reported], found.Items.Select(d => d.Id));
        Assert.Equal(1, found.TotalCount);
    }

    [Fact]
    public async Task A_search_of_someone_elses_dossier_finds_nothing()
    {
        await Dossiers.OpenAsync(School.Outsider, School.OtherTeam, firstName: "Sem");

        Assert.Empty((await SearchAsync("sem")).Items);
    }

    [Fact]
    public async Task A_search_longer_than_a_hundred_characters_is_refused_with_a_message()
    {
        var messages = await Assert.ThrowsAsync<ValidationException>(() => SearchAsync(new string('a', 101)));

        Assert.Contains("hoogstens 100 tekens", Assert.Single(messages.Errors).ErrorMessage, StringComparison.Ordinal);
    }

    private async Task<IReadOnlyList<DossierListItem>> MyDossiersAsync(DossierStatus? status = null, MeldcodeStep? step = null) =>
        (await Dossiers.SendAsync(School.Owner, new GetMyDossiersQuery(status, step))).Items;

    private Task<DossierListPage> PageAsync(int page, int pageSize = GetMyDossiersQuery.DefaultPageSize) =>
        Dossiers.SendAsync(School.Owner, new GetMyDossiersQuery(Page: page, PageSize: pageSize));

    private Task<DossierListPage> SearchAsync(string search) =>
        Dossiers.SendAsync(School.Owner, new GetMyDossiersQuery(Search: search));

    private Task<Guid> OpenAboutAsync(string firstName, string lastName) =>
        Dossiers.SendAsync(School.Owner, new OpenDossierCommand(School.TeamA.Id, firstName, lastName, new DateOnly(2017, 4, 12), "groep 5"));

    private async Task<Guid> OpenMonitoredDossierAsync(string firstName, int evaluateInDays = 42)
    {
        var id = await Dossiers.OpenAsync(firstName: firstName);
        await Dossiers.DecideAsync(id, Outcome.HelpAndMonitor);
        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.Help(s, evaluateInDays));
        return id;
    }

    private async Task<Guid> OpenReportedDossierAsync(string firstName)
    {
        var id = await Dossiers.OpenAsync(firstName: firstName);
        await Dossiers.DecideAsync(id, Outcome.Report);
        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.Report);
        return id;
    }
}
