using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Dossiers.GetMyDossiers;

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

        var leadA = await Dossiers.SendAsync(School.LeadA, new GetMyDossiersQuery());
        var leadB = await Dossiers.SendAsync(School.LeadB, new GetMyDossiersQuery());

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

        var collaborator = await Dossiers.SendAsync(School.Collaborator, new GetMyDossiersQuery());

        Assert.True(Assert.Single(collaborator).IsMine);
        Assert.Empty(await Dossiers.SendAsync(School.ColleagueA, new GetMyDossiersQuery()));
        Assert.Empty(await Dossiers.SendAsync(School.Consultant, new GetMyDossiersQuery()));
        Assert.DoesNotContain(id, (await Dossiers.SendAsync(School.Outsider, new GetMyDossiersQuery())).Select(d => d.Id));
    }

    [Theory]
    [MemberData(nameof(School.WithoutATeamRole), MemberType = typeof(School))]
    public async Task Roles_without_a_team_role_have_no_dossier_list(Who who)
    {
        await Dossiers.OpenAsync();

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => Dossiers.SendAsync(School[who], new GetMyDossiersQuery()));
    }

    private Task<IReadOnlyList<DossierListItem>> MyDossiersAsync(DossierStatus? status = null, MeldcodeStep? step = null) =>
        Dossiers.SendAsync(School.Owner, new GetMyDossiersQuery(status, step));

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
