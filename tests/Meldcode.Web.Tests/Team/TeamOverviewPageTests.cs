using System.Net;
using Meldcode.Web.Tests.Dossiers;
using Meldcode.Web.Tests.Support;

namespace Meldcode.Web.Tests.Team;

/// <summary>"Teamoverzicht" for the aandachtsfunctionaris: flags in Dutch, filters in the query string, and bad input never fails the page.</summary>
public sealed class TeamOverviewPageTests : IClassFixture<MeldcodeFactory>
{
    private readonly MeldcodeFactory _factory;

    public TeamOverviewPageTests(MeldcodeFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task The_lead_sees_the_teams_dossiers_with_their_flags_in_Dutch_acute_first()
    {
        var acute = await DossierSeed.CreateAsync(_factory, more: (dossier, actor, now) =>
            dossier.RecordEmergencyAction("112 gebeld; de politie kwam.", "Politie (112)", now.AddHours(-1), actor, now));
        using var client = await _factory.SignedInAsync(DossierPageSupport.Lead);

        var page = await client.GetPageAsync("/team");

        Assert.Equal("Teamoverzicht", Text(page, "h1"));
        var first = page.QuerySelector("table.list tbody tr")!;
        Assert.Equal($"/dossiers/{acute}", first.QuerySelector("td[data-label=Dossier] a")!.GetAttribute("href"));
        Assert.Equal("Mila Jansen", Text(first, "td[data-label='Kind of cliënt']"));
        Assert.Equal("Sanne de Vries", Text(first, "td[data-label=Eigenaar]"));
        Assert.Equal("Acuut: Er is acuut gevaar vastgelegd.", Text(first, ".flags li"));
        Assert.Equal("Er is acuut gevaar vastgelegd.", Text(first, ".flags li .visually-hidden")[2..]);
        Assert.NotNull(page.QuerySelector("nav.main-nav a[href='/team']"));
        Assert.Contains("1. Signalen in kaart brengen", Text(page, ".step-counts"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_flag_filter_shows_only_dossiers_with_that_flag_and_keeps_it_in_the_form()
    {
        var acute = await DossierSeed.CreateAsync(_factory, more: (dossier, actor, now) =>
            dossier.RecordEmergencyAction("112 gebeld; de politie kwam.", "Politie (112)", now.AddHours(-1), actor, now));
        await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(DossierPageSupport.Lead);

        var page = await client.GetPageAsync("/team?vlag=Acute");

        var rows = page.QuerySelectorAll("table.list tbody tr");
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.StartsWith("Acuut", Text(row, ".flags li"), StringComparison.Ordinal));
        Assert.Contains(rows, row => row.QuerySelector($"a[href='/dossiers/{acute}']") is not null);
        Assert.Equal("Acute", page.QuerySelector("#vlag option[selected]")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("/team?stap=99&pagina=abc&vlag=onzin", "De gekozen signalering bestaat niet.")]
    [InlineData("/team?stap=99", "De gekozen stap bestaat niet.")]
    [InlineData("/team?vlag=3", "De gekozen signalering bestaat niet.")]
    [InlineData("/team?eigenaar=iemand", "De gekozen eigenaar bestaat niet.")]
    [InlineData("/team?team=geen-team", "Een gekozen team bestaat niet.")]
    [InlineData("/team?pagina=99", "Pagina 99 bestaat niet. Je ziet pagina 1 van 1.")]
    public async Task A_filter_or_page_that_does_not_exist_shows_the_overview_and_says_so_in_Dutch(string address, string notice)
    {
        await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(DossierPageSupport.Lead);

        var page = await client.GetPageAsync(address);

        Assert.Contains(page.QuerySelectorAll(".notice"), n => n.TextContent.StartsWith(notice, StringComparison.Ordinal));
        Assert.NotEmpty(page.QuerySelectorAll("table.list tbody tr"));
    }

    [Fact]
    public async Task A_search_that_is_too_long_gets_a_message_not_an_error()
    {
        using var client = await _factory.SignedInAsync(DossierPageSupport.Lead);

        var page = await client.GetPageAsync($"/team?zoek={new string('a', 101)}", HttpStatusCode.UnprocessableEntity);

        Assert.StartsWith("De zoektekst mag hoogstens 100 tekens lang zijn.", Text(page, "#zoek-fout"), StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector("#zoek")!.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task A_professional_has_no_team_overview_in_the_menu()
    {
        using var client = await _factory.SignedInAsync(DossierPageSupport.Owner);

        var start = await client.GetPageAsync("/");

        Assert.Null(start.QuerySelector("nav.main-nav a[href='/team']"));
    }

    private static string Text(AngleSharp.Dom.IParentNode node, string selector) =>
        string.Join(' ', (node.QuerySelector(selector)?.TextContent ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
