using System.Net;
using Meldcode.Web.Tests.Support;
using static Meldcode.Web.Tests.Dossiers.DossierPageSupport;

namespace Meldcode.Web.Tests.Dossiers;

public sealed class AcuteTests : IClassFixture<MeldcodeFactory>
{
    private readonly MeldcodeFactory _factory;

    public AcuteTests(MeldcodeFactory factory)
    {
        _factory = factory;
    }

    private static Dictionary<string, string> Valid(string date = "2026-11-18", string time = "09:15", string what = "112 gebeld en bij Mila gebleven tot de politie kwam.") => new()
    {
        ["WhatWasDone"] = what,
        ["WhomContacted"] = "politie (112)",
        ["OccurredOn"] = date,
        ["OccurredTime"] = time,
    };

    [Fact]
    public async Task The_page_first_says_what_to_do_now_with_tappable_numbers_then_offers_to_record_it_with_now_filled_in()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);

        var page = await client.GetPageAsync($"/dossiers/{id}/acuut");

        var main = page.QuerySelector("main")!;
        var call112 = main.QuerySelector("a[href='tel:112']")!;
        var callVeiligThuis = main.QuerySelector("a[href='tel:08002000']")!;
        Assert.Equal("0800-2000", callVeiligThuis.TextContent);
        var form = main.QuerySelector("form")!;
        Assert.True(call112.CompareDocumentPosition(form).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
        Assert.Contains("Blijf bij het kind als dat veilig kan.", main.TextContent, StringComparison.Ordinal);
        Assert.Contains("kun je later aanvullen", main.TextContent, StringComparison.Ordinal);
        Assert.Equal("2026-11-18", Value(page, "#OccurredOn"));
        Assert.Equal("09:30", Value(page, "#OccurredTime"));
    }

    [Fact]
    public async Task The_form_record_takes_its_limits_from_the_validator_of_the_command_it_maps_to()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);

        var page = await client.GetPageAsync($"/dossiers/{id}/acuut");

        Assert.Equal("10000", page.QuerySelector("textarea#WhatWasDone")!.GetAttribute("data-max-length"));
        Assert.False(page.QuerySelector("textarea#WhatWasDone")!.HasAttribute("maxlength"));
        Assert.Equal("200", page.QuerySelector("input#WhomContacted")!.GetAttribute("data-max-length"));
    }

    [Fact]
    public async Task The_action_is_saved_as_Dutch_local_time_and_the_dossier_is_marked_acute()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        var form = await client.GetPageAsync($"/dossiers/{id}/acuut");

        using var response = await client.SubmitAsync(form, $"/dossiers/{id}/acuut", Valid());

        var overview = await client.SavedAsync(response, id, "De actie bij acuut gevaar is vastgelegd.");
        Assert.NotNull(overview.QuerySelector(".dossier-header .badge--acute"));
        Assert.Contains("Acuut gevaar. Op 18-11-2026 09:15 ingeschakeld: politie (112).", Timeline(overview), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_summer_time_moment_keeps_the_clock_time_that_was_typed()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        var form = await client.GetPageAsync($"/dossiers/{id}/acuut");

        using var response = await client.SubmitAsync(form, $"/dossiers/{id}/acuut", Valid("2026-07-01", "10:00"));

        var overview = await client.SavedAsync(response, id, "De actie bij acuut gevaar is vastgelegd.");
        Assert.Contains("Op 01-07-2026 10:00 ingeschakeld", Timeline(overview), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Incomplete_or_future_input_shows_Dutch_messages_with_422_and_saves_nothing()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        var form = await client.GetPageAsync($"/dossiers/{id}/acuut");

        using var empty = await client.SubmitAsync(form, $"/dossiers/{id}/acuut", new Dictionary<string, string> { ["OccurredOn"] = "2026-11-18", ["OccurredTime"] = "" });
        using var future = await client.SubmitAsync(form, $"/dossiers/{id}/acuut", Valid(time: "09:45"));

        var page = await RefusedAsync(empty, HttpStatusCode.UnprocessableEntity, "Vul de beschrijving van wat je hebt gedaan in.", "Vul de namen van wie je hebt gebeld of ingeschakeld in.", "Vul in wanneer dit was.");
        Assert.Equal("Vul in wanneer dit was.", FieldError(page, "OccurredAt-fout"));
        Assert.NotNull(page.QuerySelector("main a[href='tel:112']"));
        await RefusedAsync(future, HttpStatusCode.UnprocessableEntity, "Het moment kan niet in de toekomst liggen.");
        Assert.Equal(1, await _factory.ChronologyCountAsync(id));
    }

    [Fact]
    public async Task Markup_is_shown_as_literal_text_and_an_overlong_text_is_refused()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        var form = await client.GetPageAsync($"/dossiers/{id}/acuut");

        using var tooLong = await client.SubmitAsync(form, $"/dossiers/{id}/acuut", Valid(what: TooLong));
        using var hostile = await client.SubmitAsync(form, $"/dossiers/{id}/acuut", Valid(what: Script));

        await RefusedAsync(tooLong, HttpStatusCode.UnprocessableEntity, "De beschrijving van wat je hebt gedaan mag hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001.");
        var overview = await client.SavedAsync(hostile, id, "De actie bij acuut gevaar is vastgelegd.");
        Assert.Contains(Script, overview.QuerySelector("#acuut-acties")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Empty(overview.QuerySelectorAll("main script, main img"));
    }

    [Theory]
    [InlineData(OtherTeamLead)]
    [InlineData(Administrator)]
    public async Task Someone_without_access_gets_404(string name)
    {
        var id = await DossierSeed.CreateAsync(_factory);

        await _factory.AssertHiddenFromAsync(name, $"/dossiers/{id}/acuut", Valid());
        Assert.Equal(1, await _factory.ChronologyCountAsync(id));
    }

    [Fact]
    public async Task The_aandachtsfunctionaris_sees_what_to_do_but_no_form()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var lead = await _factory.SignedInAsync(Lead);

        var page = await lead.GetPageAsync($"/dossiers/{id}/acuut");

        Assert.NotNull(page.QuerySelector("main a[href='tel:112']"));
        Assert.Empty(page.QuerySelectorAll("main form"));
    }

    [Fact]
    public async Task A_stale_form_gives_409_and_saves_nothing()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);

        var page = await _factory.PostStaleFormAsync(client, id, $"/dossiers/{id}/acuut", Valid());

        Assert.Equal("09:15", Value(page, "#OccurredTime"));
    }
}
