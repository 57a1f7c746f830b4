using System.Net;
using Meldcode.Web.Tests.Support;
using static Meldcode.Web.Tests.Dossiers.DossierPageSupport;

namespace Meldcode.Web.Tests.Dossiers;

public sealed class ConsultationTests : IClassFixture<MeldcodeFactory>
{
    private readonly MeldcodeFactory _factory;

    public ConsultationTests(MeldcodeFactory factory)
    {
        _factory = factory;
    }

    private static Dictionary<string, string> Valid(string kind = "VeiligThuisAdvice", string question = "Is een blauwe plek op de arm van een kind van acht reden tot zorg?") => new()
    {
        ["Kind"] = kind,
        ["HeldOn"] = "2026-11-18",
        ["WithWhom"] = "medewerker Veilig Thuis",
        ["Question"] = question,
        ["Advice"] = "Ga in gesprek met de ouders en leg het gesprek vast.",
        ["AgreedActions"] = "Over twee weken opnieuw bellen.",
        ["Consent"] = "NotAsked",
    };

    [Fact]
    public async Task The_owner_sees_the_kinds_of_consultation_and_that_Veilig_Thuis_advice_is_anonymous()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);

        var page = await client.GetPageAsync($"/dossiers/{id}/consultatie");

        Assert.Equal(5, page.QuerySelectorAll("input[name=Kind][type=radio]").Length);
        Assert.Contains(page.QuerySelectorAll("label"), l => l.TextContent == "Veilig Thuis (anoniem advies)");
        Assert.Equal(3, page.QuerySelectorAll("input[name=Consent][type=radio]").Length);
        Assert.Contains("Advies van Veilig Thuis vraag je anoniem.", page.QuerySelector(".question-explanation")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2026-11-18", Value(page, "#HeldOn"));
        Assert.Equal("Consent-uitleg Consent-fout", page.QuerySelector("input[name=Consent]")!.Closest("fieldset")!.GetAttribute("aria-describedby"));
    }

    [Fact]
    public async Task A_consultation_is_saved_and_shown_on_the_overview()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        var form = await client.GetPageAsync($"/dossiers/{id}/consultatie");

        using var response = await client.SubmitAsync(form, $"/dossiers/{id}/consultatie", Valid());

        var overview = await client.SavedAsync(response, id, "De consultatie is vastgelegd.");
        Assert.Contains("Ga in gesprek met de ouders", overview.QuerySelector("#stap2")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, overview.QuerySelectorAll(".timeline__entry").Length);
    }

    [Fact]
    public async Task The_aandachtsfunctionaris_of_the_team_may_record_a_consultation_too()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var lead = await _factory.SignedInAsync(Lead);
        var form = await lead.GetPageAsync($"/dossiers/{id}/consultatie");

        using var response = await lead.SubmitAsync(form, $"/dossiers/{id}/consultatie", Valid("OtherExpert"));

        var overview = await lead.SavedAsync(response, id, "De consultatie is vastgelegd.");
        Assert.Contains(Lead, Timeline(overview), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_incomplete_consultation_shows_Dutch_messages_with_422_and_saves_nothing()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        var form = await client.GetPageAsync($"/dossiers/{id}/consultatie");

        using var response = await client.SubmitAsync(form, $"/dossiers/{id}/consultatie", new Dictionary<string, string> { ["HeldOn"] = "2026-11-19", ["Kind"] = "99" });

        var page = await RefusedAsync(
            response,
            HttpStatusCode.UnprocessableEntity,
            "Kies met wie je overlegde.",
            "De datum van het overleg kan niet in de toekomst liggen.",
            "Vul de naam of rol van je gesprekspartner in.",
            "Vul de vraag in.",
            "Vul het advies in.",
            "Kies of toestemming om informatie te delen is gevraagd.");
        Assert.Equal("Vul het advies in.", FieldError(page, "Advice-fout"));
        Assert.Equal(1, await _factory.ChronologyCountAsync(id));
    }

    [Fact]
    public async Task Veilig_Thuis_advice_that_names_the_child_is_refused_with_the_Dutch_explanation()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        var form = await client.GetPageAsync($"/dossiers/{id}/consultatie");

        using var response = await client.SubmitAsync(form, $"/dossiers/{id}/consultatie", Valid(question: "Wat moet ik doen met Mila?"));

        await RefusedAsync(response, HttpStatusCode.UnprocessableEntity, "Advies van Veilig Thuis vraag je anoniem: noem geen namen van het kind of het gezin");
        Assert.Equal(1, await _factory.ChronologyCountAsync(id));
    }

    [Fact]
    public async Task Markup_is_shown_as_literal_text_and_an_overlong_advice_is_refused()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        var form = await client.GetPageAsync($"/dossiers/{id}/consultatie");
        var tooLong = Valid();
        tooLong["Advice"] = TooLong;

        using var refused = await client.SubmitAsync(form, $"/dossiers/{id}/consultatie", tooLong);
        using var hostile = await client.SubmitAsync(form, $"/dossiers/{id}/consultatie", Valid("Colleague", Script));

        await RefusedAsync(refused, HttpStatusCode.UnprocessableEntity, "Het advies mag hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001.");
        var overview = await client.SavedAsync(hostile, id, "De consultatie is vastgelegd.");
        Assert.Contains(Script, overview.QuerySelector("#stap2")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Empty(overview.QuerySelectorAll("main script, main img"));
    }

    [Theory]
    [InlineData(OtherTeamLead)]
    [InlineData(Administrator)]
    [InlineData(OtherTeamProfessional)]
    public async Task Someone_without_access_gets_404(string name)
    {
        var id = await DossierSeed.CreateAsync(_factory);

        await _factory.AssertHiddenFromAsync(name, $"/dossiers/{id}/consultatie", Valid());
        Assert.Equal(1, await _factory.ChronologyCountAsync(id));
    }

    [Fact]
    public async Task A_stale_form_gives_409_and_saves_nothing()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);

        await _factory.PostStaleFormAsync(client, id, $"/dossiers/{id}/consultatie", Valid());
    }
}
