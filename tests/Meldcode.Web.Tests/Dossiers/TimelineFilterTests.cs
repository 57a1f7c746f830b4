using AngleSharp.Html.Dom;
using Meldcode.Domain.Common;
using Meldcode.Web.Tests.Support;

namespace Meldcode.Web.Tests.Dossiers;

/// <summary>The dossier page's timeline through the query string: by step, by topic, in either order; bad values are ignored with a message.</summary>
public sealed class TimelineFilterTests : IClassFixture<MeldcodeFactory>
{
    private readonly MeldcodeFactory _factory;

    public TimelineFilterTests(MeldcodeFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task A_step_shows_that_steps_events_with_the_count_and_a_link_to_show_everything()
    {
        var id = await DossierSeed.CreateAsync(_factory, stage: SeedStage.ReadyToWeigh);
        using var client = await _factory.SignedInAsync(DossierPageSupport.Owner);

        var page = await client.GetPageAsync($"/dossiers/{id}?stap=1");

        var entry = Assert.Single(page.QuerySelectorAll(".timeline__entry"));
        Assert.Contains("Blauwe plek op de linker bovenarm", entry.TextContent, StringComparison.Ordinal);
        Assert.Equal("1 van 4 gebeurtenissen", CountText(page));
        Assert.Equal($"/dossiers/{id}#tijdlijn", page.QuerySelector(".timeline__count a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("#tijdlijn-stap option[value='1'][selected]"));
    }

    [Fact]
    public async Task A_topic_and_the_newest_first_order_come_from_the_query_string()
    {
        var id = await DossierSeed.CreateAsync(_factory, stage: SeedStage.ReadyToWeigh);
        using var client = await _factory.SignedInAsync(DossierPageSupport.Owner);

        var consultations = await client.GetPageAsync($"/dossiers/{id}?soort=overleg");
        var newestFirst = await client.GetPageAsync($"/dossiers/{id}?volgorde=nieuwste");
        var general = await client.GetPageAsync($"/dossiers/{id}?stap=algemeen&volgorde=nieuwste");

        Assert.Contains("intern begeleider", Assert.Single(consultations.QuerySelectorAll(".timeline__entry")).TextContent, StringComparison.Ordinal);
        Assert.Equal(["regel-4", "regel-3", "regel-2", "regel-1"], newestFirst.QuerySelectorAll(".timeline__entry").Select(e => e.Id));
        Assert.Equal("4 gebeurtenissen", CountText(newestFirst));
        Assert.Equal(["regel-1"], general.QuerySelectorAll(".timeline__entry").Select(e => e.Id));
    }

    [Fact]
    public async Task Unknown_choices_are_ignored_with_a_message_and_the_whole_timeline_is_shown()
    {
        var id = await DossierSeed.CreateAsync(_factory, stage: SeedStage.ReadyToWeigh);
        using var client = await _factory.SignedInAsync(DossierPageSupport.Owner);

        var page = await client.GetPageAsync($"/dossiers/{id}?stap=9&soort=%3Cscript%3E&volgorde=zijwaarts");

        Assert.Equal(4, page.QuerySelectorAll(".timeline__entry").Length);
        var messages = page.QuerySelectorAll(".warning-box").Select(p => p.TextContent).ToList();
        Assert.Equal(
            [
                "Die stap bestaat niet. De tijdlijn toont daarom alle stappen.",
                "Die soort gebeurtenis kennen we niet. De tijdlijn toont daarom alle soorten.",
                "Die volgorde kennen we niet. De tijdlijn staat daarom met de oudste gebeurtenis eerst.",
            ],
            messages);
    }

    [Fact]
    public async Task A_filter_that_matches_nothing_says_so()
    {
        var id = await DossierSeed.CreateAsync(_factory, stage: SeedStage.ReadyToWeigh);
        using var client = await _factory.SignedInAsync(DossierPageSupport.Owner);

        var page = await client.GetPageAsync($"/dossiers/{id}?stap=5");

        Assert.Empty(page.QuerySelectorAll(".timeline__entry"));
        Assert.Equal("0 van 4 gebeurtenissen", CountText(page));
        Assert.Contains("Er zijn geen gebeurtenissen die bij deze keuze passen.", page.QuerySelector("#tijdlijn")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_event_of_another_day_shows_the_day_it_happened_and_when_it_was_recorded()
    {
        var id = await DossierSeed.CreateAsync(_factory, stage: SeedStage.ReadyToWeigh);
        using var client = await _factory.SignedInAsync(DossierPageSupport.Owner);
        var today = DutchTime.Today(_factory.Clock.GetUtcNow());

        var page = await client.GetPageAsync($"/dossiers/{id}");

        var meta = page.QuerySelectorAll(".timeline__entry > .timeline__meta").Select(m => m.TextContent).ToList();
        Assert.StartsWith($"2 Gebeurd op {DutchTime.Date(today.AddDays(-2))}, vastgelegd op {DutchTime.Date(today)} ", meta[1], StringComparison.Ordinal);
        Assert.StartsWith($"3 Gebeurd op {DutchTime.Date(today.AddDays(-1))}, vastgelegd op {DutchTime.Date(today)} ", meta[2], StringComparison.Ordinal);
        Assert.DoesNotContain("Gebeurd op", meta[3], StringComparison.Ordinal);
        Assert.DoesNotContain("Gebeurd op", meta[0], StringComparison.Ordinal);
    }

    private static string CountText(IHtmlDocument page) =>
        string.Join(' ', page.QuerySelector(".timeline__count")!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace(" · alles tonen", string.Empty, StringComparison.Ordinal);
}
