using System.Net;
using Meldcode.Web.Tests.Support;
using static Meldcode.Web.Tests.Dossiers.DossierPageSupport;

namespace Meldcode.Web.Tests.Dossiers;

public sealed class CommentTests : IClassFixture<MeldcodeFactory>
{
    private readonly MeldcodeFactory _factory;

    public CommentTests(MeldcodeFactory factory)
    {
        _factory = factory;
    }

    [Theory]
    [InlineData(Owner)]
    [InlineData(Lead)]
    public async Task The_owner_and_the_aandachtsfunctionaris_add_a_comment_that_shows_in_the_timeline(string name)
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(name);
        var form = await client.GetPageAsync($"/dossiers/{id}/opmerking");
        Assert.NotNull(form.QuerySelector("label[for=Text]"));

        using var response = await client.SubmitAsync(form, $"/dossiers/{id}/opmerking", new Dictionary<string, string> { ["Text"] = "Moeder belde: Mila is ziek." });

        var overview = await client.SavedAsync(response, id, "Je opmerking is toegevoegd.");
        var entries = overview.QuerySelectorAll(".timeline__entry");
        var last = entries[entries.Length - 1].TextContent;
        Assert.Contains("Opmerking: Moeder belde: Mila is ziek.", last, StringComparison.Ordinal);
        Assert.Contains(name, last, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_comment_shows_a_Dutch_message_with_422_and_saves_nothing()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        var form = await client.GetPageAsync($"/dossiers/{id}/opmerking");

        using var response = await client.SubmitAsync(form, $"/dossiers/{id}/opmerking", new Dictionary<string, string> { ["Text"] = "   " });

        var page = await RefusedAsync(response, HttpStatusCode.UnprocessableEntity, "Vul je opmerking in.");
        Assert.Equal("Vul je opmerking in.", FieldError(page, "Text-fout"));
        Assert.Equal(1, await _factory.ChronologyCountAsync(id));
    }

    [Fact]
    public async Task Markup_is_shown_as_literal_text_and_an_overlong_comment_is_refused()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        var form = await client.GetPageAsync($"/dossiers/{id}/opmerking");

        using var tooLong = await client.SubmitAsync(form, $"/dossiers/{id}/opmerking", new Dictionary<string, string> { ["Text"] = TooLong });
        using var hostile = await client.SubmitAsync(form, $"/dossiers/{id}/opmerking", new Dictionary<string, string> { ["Text"] = Script });

        var refused = await RefusedAsync(tooLong, HttpStatusCode.UnprocessableEntity, "Je opmerking mag hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001.");
        Assert.Equal(TooLong, refused.QuerySelector("#Text")!.TextContent);
        var overview = await client.SavedAsync(hostile, id, "Je opmerking is toegevoegd.");
        Assert.Contains($"Opmerking: {Script}", Timeline(overview), StringComparison.Ordinal);
        Assert.Empty(overview.QuerySelectorAll("main script, main img"));
    }

    [Theory]
    [InlineData(OtherTeamLead)]
    [InlineData(Administrator)]
    [InlineData(OtherTeamProfessional)]
    public async Task Someone_without_access_gets_404(string name)
    {
        var id = await DossierSeed.CreateAsync(_factory);

        await _factory.AssertHiddenFromAsync(name, $"/dossiers/{id}/opmerking", new Dictionary<string, string> { ["Text"] = "Hallo" });
        Assert.Equal(1, await _factory.ChronologyCountAsync(id));
    }

    [Fact]
    public async Task A_stale_form_gives_409_and_saves_nothing()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);

        var page = await _factory.PostStaleFormAsync(client, id, $"/dossiers/{id}/opmerking", new Dictionary<string, string> { ["Text"] = "Mijn opmerking." });

        Assert.Equal("Mijn opmerking.", page.QuerySelector("#Text")!.TextContent);
    }

    [Fact]
    public async Task A_NUL_character_in_the_text_is_dropped_and_the_rest_is_saved_as_typed()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        var form = await client.GetPageAsync($"/dossiers/{id}/opmerking");

        using var response = await client.SubmitAsync(form, $"/dossiers/{id}/opmerking", new Dictionary<string, string> { ["Text"] = "Moeder\0 belde: Mila is ziek." });

        var overview = await client.SavedAsync(response, id, "Je opmerking is toegevoegd.");
        var entries = overview.QuerySelectorAll(".timeline__entry");
        Assert.Contains("Opmerking: Moeder belde: Mila is ziek.", entries[entries.Length - 1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_NUL_character_in_a_refused_form_does_not_lose_the_rest_of_the_input()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        var form = await client.GetPageAsync($"/dossiers/{id}/opmerking");
        var text = "\0" + new string('x', 10_001);

        using var response = await client.SubmitAsync(form, $"/dossiers/{id}/opmerking", new Dictionary<string, string> { ["Text"] = text });

        var refused = await RefusedAsync(response, HttpStatusCode.UnprocessableEntity, "Je opmerking mag hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001.");
        Assert.Equal(new string('x', 10_001), refused.QuerySelector("#Text")!.TextContent);
        Assert.Equal(1, await _factory.ChronologyCountAsync(id));
    }
}
