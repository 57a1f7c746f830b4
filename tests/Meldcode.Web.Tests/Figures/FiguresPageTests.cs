using System.Net;
using System.Text;
using Meldcode.Infrastructure.Persistence;
using Meldcode.Web.Tests.Support;

namespace Meldcode.Web.Tests.Figures;

/// <summary>"Cijfers": the board sees every location, an aandachtsfunctionaris their own; counts only; a filter that cannot be read says so in Dutch and keeps what was typed.</summary>
public sealed class FiguresPageTests : IClassFixture<MeldcodeFactory>
{
    private const string Board = "Willem van den Berg";
    private const string Lead = "Mehmet Yılmaz";

    private readonly MeldcodeFactory _factory;

    public FiguresPageTests(MeldcodeFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task The_board_sees_every_location_in_accessible_tables_and_no_child()
    {
        var dossierId = await DossierSeed.CreateAsync(_factory, stage: SeedStage.ReadyToWeigh);
        var number = _factory.WithDatabase(c => c.Dossiers.Single(d => d.Id == dossierId).Number);
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync(Board);

        var page = await client.GetPageAsync("/cijfers");

        Assert.Equal(
            ["Basisschool De Esdoorn", "Basisschool Het Anker", "Schoolmaatschappelijk werk", "Totaal"],
            page.QuerySelectorAll("table")[0].QuerySelectorAll("thead th[scope=col]").Skip(1).Select(th => th.TextContent));
        Assert.All(page.QuerySelectorAll("table"), table =>
        {
            Assert.False(string.IsNullOrWhiteSpace(table.QuerySelector("caption")?.TextContent));
            Assert.All(table.QuerySelectorAll("tbody tr"), row => Assert.Equal("row", row.QuerySelector("th")!.GetAttribute("scope")));
            Assert.All(table.QuerySelectorAll("tbody td"), cell => Assert.False(string.IsNullOrEmpty(cell.GetAttribute("data-label"))));
        });
        var opened = page.QuerySelectorAll("table")[0].QuerySelectorAll("tbody tr")[0];
        Assert.Equal("Geopend", opened.QuerySelector("th")!.TextContent);
        Assert.True(int.Parse(opened.QuerySelector("td[data-label='Totaal']")!.TextContent, System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Contains("Kleine aantallen kunnen een kind herkenbaar maken", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Mila", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(number, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/cijfers/export?van=2026-01-01&tot=2026-11-18", page.QuerySelector("a[download]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task An_aandachtsfunctionaris_sees_and_can_choose_only_their_own_location()
    {
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync(Lead);

        var page = await client.GetPageAsync("/cijfers");

        Assert.Equal(["Basisschool De Esdoorn"], page.QuerySelectorAll("table")[0].QuerySelectorAll("thead th[scope=col]").Skip(1).Select(th => th.TextContent));
        Assert.Equal(["Mijn locatie", "Basisschool De Esdoorn"], page.QuerySelectorAll("#locatie option").Select(o => o.TextContent));
        var otherTeam = _factory.WithDatabase(c => c.Teams.Single(t => t.Name == DevelopmentSeeder.SecondLocation).Id);
        using var refused = await client.GetAsync(new Uri($"/cijfers?locatie={otherTeam}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        using var refusedFile = await client.GetAsync(new Uri($"/cijfers/export?locatie={otherTeam}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, refusedFile.StatusCode);
    }

    [Fact]
    public async Task The_chosen_period_and_location_are_shown_and_kept_in_the_form()
    {
        var team = _factory.WithDatabase(c => c.Teams.Single(t => t.Name == DevelopmentSeeder.SecondLocation).Id);
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync(Board);

        var page = await client.GetPageAsync($"/cijfers?van=01-03-2026&tot=2026-06-30&locatie={team}");

        Assert.Equal("2026-03-01", page.QuerySelector("#van")!.GetAttribute("value"));
        Assert.Equal("2026-06-30", page.QuerySelector("#tot")!.GetAttribute("value"));
        Assert.Equal(team.ToString(), page.QuerySelector("#locatie option[selected]")!.GetAttribute("value"));
        Assert.Equal([DevelopmentSeeder.SecondLocation], page.QuerySelectorAll("table")[0].QuerySelectorAll("thead th[scope=col]").Skip(1).Select(th => th.TextContent));
        Assert.Contains("Periode 01-03-2026 tot en met 30-06-2026", page.QuerySelector(".list-count")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_date_that_is_no_date_gives_a_dutch_message_and_keeps_what_was_typed()
    {
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync(Board);

        var page = await client.GetPageAsync("/cijfers?van=31-02-2026&tot=gisteren&locatie=Noord", HttpStatusCode.UnprocessableEntity);

        Assert.Equal("Vul de begindatum in als dag-maand-jaar, bijvoorbeeld 01-01-2026.", page.QuerySelector("#van-fout")!.TextContent);
        Assert.Equal("Vul de einddatum in als dag-maand-jaar, bijvoorbeeld 31-12-2026.", page.QuerySelector("#tot-fout")!.TextContent);
        Assert.Equal("Kies een locatie uit de lijst.", page.QuerySelector("#locatie-fout")!.TextContent);
        Assert.Equal("31-02-2026", page.QuerySelector("#van")!.GetAttribute("value"));
        Assert.Equal("gisteren", page.QuerySelector("#tot")!.GetAttribute("value"));
        Assert.Equal("true", page.QuerySelector("#van")!.GetAttribute("aria-invalid"));
        Assert.Empty(page.QuerySelectorAll("table"));
        Assert.NotNull(page.QuerySelector(".error-summary"));
    }

    [Fact]
    public async Task A_period_that_ends_before_it_begins_gives_the_message_of_the_use_case()
    {
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync(Lead);

        var page = await client.GetPageAsync("/cijfers?van=2026-06-01&tot=2026-01-01", HttpStatusCode.UnprocessableEntity);

        Assert.Equal("De einddatum ligt vóór de begindatum. Kies een einddatum op of na de begindatum.", page.QuerySelector("#tot-fout")!.TextContent);
        Assert.Equal("2026-06-01", page.QuerySelector("#van")!.GetAttribute("value"));
        Assert.Equal("2026-01-01", page.QuerySelector("#tot")!.GetAttribute("value"));
        Assert.Equal(["Mijn locatie", "Basisschool De Esdoorn"], page.QuerySelectorAll("#locatie option").Select(o => o.TextContent));
    }

    [Fact]
    public async Task The_csv_download_is_an_attachment_with_a_byte_order_mark_and_semicolons()
    {
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync(Board);

        using var response = await client.GetAsync(new Uri("/cijfers/export?van=2026-01-01&tot=2026-11-18", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType ?? response.Headers.GetValues("Content-Disposition").Single().Split(';')[0]);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Van;Tot en met;Locatie;Onderdeel;Maat;Waarde", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("01-01-2026;18-11-2026;Totaal;Dossiers;Geopend;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_download_with_a_filter_that_cannot_be_used_goes_back_to_the_page_that_says_why()
    {
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync(Board);

        using var response = await client.GetAsync(new Uri("/cijfers/export?van=2020-01-01&tot=2026-01-01", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var back = response.Headers.Location!.OriginalString;
        Assert.Equal("/cijfers?van=2020-01-01&tot=2026-01-01", back);
        var page = await client.GetPageAsync(back, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("Kies een periode van hoogstens 5 jaar.", page.QuerySelector("#tot-fout")!.TextContent);
    }

    [Fact]
    public async Task A_professional_is_refused_the_figures_and_the_download()
    {
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync("Sanne de Vries");

        using var page = await client.GetAsync(new Uri("/cijfers", UriKind.Relative));
        using var file = await client.GetAsync(new Uri("/cijfers/export", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, file.StatusCode);
        Assert.DoesNotContain("Cijfers", (await Browser.ParseAsync(page)).QuerySelector("nav.main-nav")?.TextContent ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_board_finds_the_figures_on_the_start_page_and_in_the_menu()
    {
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync(Board);

        var start = await client.GetPageAsync("/");

        Assert.NotNull(start.QuerySelector("section.role a[href='/cijfers']"));
        Assert.NotNull(start.QuerySelector("nav.main-nav a[href='/cijfers']"));
    }
}
