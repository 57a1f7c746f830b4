using System.Net;
using Meldcode.Web.Tests.Support;
using static Meldcode.Web.Tests.Dossiers.DossierPageSupport;

namespace Meldcode.Web.Tests.Dossiers;

public sealed class CloseTests : IClassFixture<MeldcodeFactory>
{
    private readonly MeldcodeFactory _factory;

    public CloseTests(MeldcodeFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task The_owner_is_warned_and_a_closed_dossier_is_read_only_apart_from_corrections()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        var form = await client.GetPageAsync($"/dossiers/{id}/sluiten");
        Assert.Contains("na het sluiten kun je niets meer toevoegen of wijzigen", form.QuerySelector(".warning-box")!.TextContent, StringComparison.Ordinal);

        using var response = await client.SubmitAsync(form, $"/dossiers/{id}/sluiten", new Dictionary<string, string> { ["Reason"] = "Het vermoeden bleek ongegrond." });

        var overview = await client.SavedAsync(response, id, "Het dossier is gesloten.");
        Assert.Equal("Gesloten", overview.QuerySelector(".dossier-header .badge")!.TextContent);
        Assert.Contains("Het vermoeden bleek ongegrond.", Timeline(overview), StringComparison.Ordinal);
        Assert.Null(overview.QuerySelector("#acties"));
        Assert.NotEmpty(overview.QuerySelectorAll(".timeline__actions a"));
        var again = await client.GetPageAsync($"/dossiers/{id}/sluiten");
        Assert.Empty(again.QuerySelectorAll("main form"));
        var comment = await client.GetPageAsync($"/dossiers/{id}/opmerking");
        Assert.Empty(comment.QuerySelectorAll("main form"));
    }

    [Fact]
    public async Task Closing_without_a_reason_or_with_an_open_request_is_refused_in_Dutch_with_422()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        var anna = await _factory.UserIdAsync(OtherTeamProfessional);
        var withRequest = await DossierSeed.CreateAsync(_factory, more: (d, actor, now) => d.RequestConsultation(anna, OtherTeamProfessional, false, "Wat vind jij?", actor, now));
        using var client = await _factory.SignedInAsync(Owner);

        var form = await client.GetPageAsync($"/dossiers/{id}/sluiten");
        using var empty = await client.SubmitAsync(form, $"/dossiers/{id}/sluiten");
        var formWithRequest = await client.GetPageAsync($"/dossiers/{withRequest}/sluiten");
        Assert.Contains("Er staat nog een adviesvraag open.", formWithRequest.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        using var open = await client.SubmitAsync(formWithRequest, $"/dossiers/{withRequest}/sluiten", new Dictionary<string, string> { ["Reason"] = "Klaar." });

        var page = await RefusedAsync(empty, HttpStatusCode.UnprocessableEntity, "Vul de reden in.");
        Assert.Equal("Vul de reden in.", FieldError(page, "Reason-fout"));
        await RefusedAsync(open, HttpStatusCode.UnprocessableEntity, "Er staat nog een adviesvraag open. Trek die in of wacht op het antwoord.");
        Assert.Equal(1, await _factory.ChronologyCountAsync(id));
        Assert.Equal(2, await _factory.ChronologyCountAsync(withRequest));
    }

    [Fact]
    public async Task Markup_is_shown_as_literal_text_and_an_overlong_reason_is_refused()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        var form = await client.GetPageAsync($"/dossiers/{id}/sluiten");

        using var tooLong = await client.SubmitAsync(form, $"/dossiers/{id}/sluiten", new Dictionary<string, string> { ["Reason"] = TooLong });
        using var hostile = await client.SubmitAsync(form, $"/dossiers/{id}/sluiten", new Dictionary<string, string> { ["Reason"] = Script });

        await RefusedAsync(tooLong, HttpStatusCode.UnprocessableEntity, "De reden mag hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001.");
        var overview = await client.SavedAsync(hostile, id, "Het dossier is gesloten.");
        Assert.Contains(Script, overview.QuerySelector("#overzicht")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Empty(overview.QuerySelectorAll("main script, main img"));
    }

    [Theory]
    [InlineData(OtherTeamLead)]
    [InlineData(Administrator)]
    public async Task Someone_without_access_gets_404(string name)
    {
        var id = await DossierSeed.CreateAsync(_factory);

        await _factory.AssertHiddenFromAsync(name, $"/dossiers/{id}/sluiten", new Dictionary<string, string> { ["Reason"] = "Weg ermee." });
        Assert.Equal(1, await _factory.ChronologyCountAsync(id));
    }

    [Fact]
    public async Task The_aandachtsfunctionaris_may_not_close_the_dossier()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var lead = await _factory.SignedInAsync(Lead);

        await lead.GetPageAsync($"/dossiers/{id}/sluiten", HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_stale_form_gives_409_and_saves_nothing()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);

        await _factory.PostStaleFormAsync(client, id, $"/dossiers/{id}/sluiten", new Dictionary<string, string> { ["Reason"] = "Klaar." });

        Assert.Equal("Open", (await client.GetPageAsync($"/dossiers/{id}")).QuerySelector(".dossier-header .badge")!.TextContent);
    }
}
