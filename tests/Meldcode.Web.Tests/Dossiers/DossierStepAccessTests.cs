using System.Net;
using Meldcode.Domain.Dossiers;
using Meldcode.Web.Tests.Support;

namespace Meldcode.Web.Tests.Dossiers;

/// <summary>Who may open and use the weighing, decision, report, feedback, help and evaluation pages of a dossier.</summary>
public sealed class DossierStepAccessTests : IClassFixture<MeldcodeFactory>
{
    private readonly MeldcodeFactory _factory;

    public DossierStepAccessTests(MeldcodeFactory factory)
    {
        _factory = factory;
    }

    [Theory]
    [InlineData("Johan Bakker")]
    [InlineData("Peter Jansen")]
    public async Task Someone_outside_the_dossier_gets_not_found_on_every_step_page(string outsider)
    {
        var (id, reportId) = await ReportedDossierAsync();
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync(outsider);

        foreach (var url in StepPages(id, reportId))
        {
            await client.GetPageAsync(url, HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task Another_teams_lead_posting_an_answer_gets_not_found_and_nothing_is_saved()
    {
        var id = await DossierSeed.CreateAsync(_factory, stage: SeedStage.ReadyToWeigh);
        using var owner = _factory.CreateBrowser();
        await owner.SignInAsAsync("Sanne de Vries");
        var version = DossierPages.VersionOn(await owner.GetPageAsync($"/dossiers/{id}/weging/1"));
        using var outsider = _factory.CreateBrowser();
        await outsider.SignInAsAsync("Johan Bakker");
        var anyPage = await outsider.GetPageAsync("/");

        using var response = await outsider.SubmitAsync(anyPage, $"/dossiers/{id}/weging/1", Answer(version), formSelector: "header form");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Antwoord van buiten.", (await owner.OverviewAsync(id)).TimelineText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_lead_of_the_dossiers_team_may_read_every_step_page_but_has_no_forms()
    {
        var (id, reportId) = await ReportedDossierAsync();
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync("Mehmet Yılmaz");

        foreach (var url in StepPages(id, reportId))
        {
            var page = await client.GetPageAsync(url);
            Assert.Null(page.QuerySelector("main form"));
        }
    }

    [Fact]
    public async Task The_lead_of_the_dossiers_team_is_forbidden_to_answer_a_weighing_question_and_nothing_is_saved()
    {
        var id = await DossierSeed.CreateAsync(_factory, stage: SeedStage.ReadyToWeigh);
        using var owner = _factory.CreateBrowser();
        await owner.SignInAsAsync("Sanne de Vries");
        var version = DossierPages.VersionOn(await owner.GetPageAsync($"/dossiers/{id}/weging/1"));
        using var lead = _factory.CreateBrowser();
        await lead.SignInAsAsync("Mehmet Yılmaz");
        var readOnly = await lead.GetPageAsync($"/dossiers/{id}/weging/1");
        Assert.Contains("Je leest mee", readOnly.QuerySelector("#meelezen")!.TextContent, StringComparison.Ordinal);

        using var response = await lead.SubmitAsync(readOnly, $"/dossiers/{id}/weging/1", Answer(version), formSelector: "header form");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var overview = await owner.OverviewAsync(id);
        Assert.DoesNotContain("Antwoord van buiten.", overview.TimelineText, StringComparison.Ordinal);
        Assert.Contains("vraag 1: vermoeden", overview.NextAction, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Answer(string version) => new()
    {
        ["Version"] = version,
        ["Yes"] = "false",
        ["Rationale"] = "Antwoord van buiten.",
    };

    private static IEnumerable<string> StepPages(Guid id, Guid reportId) =>
    [
        $"/dossiers/{id}/weging/1",
        $"/dossiers/{id}/besluit",
        $"/dossiers/{id}/melding",
        $"/dossiers/{id}/melding/{reportId}/terugkoppeling",
        $"/dossiers/{id}/hulp",
        $"/dossiers/{id}/evaluatie",
    ];

    /// <summary>A dossier of Sanne's team that was weighed, decided "report" and reported.</summary>
    private async Task<(Guid Id, Guid ReportId)> ReportedDossierAsync()
    {
        var reportId = Guid.Empty;
        var id = await DossierSeed.CreateAsync(
            _factory,
            stage: SeedStage.Weighed,
            answers: new(Suspicion: true, AcuteUnsafety: false, StructuralUnsafety: false, CanOfferHelp: false),
            more: (d, actor, now) =>
            {
                d.Decide(Outcome.Report, "Wij kunnen de hulp niet bieden.", null, actor, now);
                reportId = d.RecordReport(new ReportInput(Meldcode.Domain.Common.DutchTime.Today(now), "Utrecht", "Mevrouw De Boer", null, "Signalen.", true, null, null), actor, now).Id;
            });
        return (id, reportId);
    }
}
