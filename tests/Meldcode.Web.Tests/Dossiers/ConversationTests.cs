using System.Net;
using Meldcode.Web.Tests.Support;
using static Meldcode.Web.Tests.Dossiers.DossierPageSupport;

namespace Meldcode.Web.Tests.Dossiers;

public sealed class ConversationTests : IClassFixture<MeldcodeFactory>
{
    private const string SkipForm = "main form.skip";

    private readonly MeldcodeFactory _factory;

    public ConversationTests(MeldcodeFactory factory)
    {
        _factory = factory;
    }

    private static Dictionary<string, string> Valid(string reaction = "Moeder schrok en zei dat Mila van de trap viel.") => new()
    {
        ["HeldOn"] = "2026-11-18",
        ["WithParents"] = "true",
        ["WithColleague"] = "true",
        ["OtherParticipants"] = "tolk Pools",
        ["ConcernsNamed"] = "De blauwe plek op de arm en dat Mila stil is.",
        ["ClientReaction"] = reaction,
        ["Agreements"] = "Over twee weken weer een gesprek.",
    };

    private static Dictionary<string, string> Skip(string explanation = "Vader heeft eerder gedreigd; een gesprek brengt Mila in gevaar.") => new()
    {
        ["Reason"] = "ChildSafety",
        ["Explanation"] = explanation,
    };

    [Fact]
    public async Task The_owner_sees_the_conversation_form_and_a_separate_form_that_explains_when_skipping_is_allowed()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);

        var page = await client.GetPageAsync($"/dossiers/{id}/gesprek");

        Assert.Equal(3, page.QuerySelectorAll("main form.conversation input[type=checkbox]").Length);
        Assert.Equal("2026-11-18", Value(page, "#HeldOn"));
        var skip = page.QuerySelector(SkipForm)!;
        Assert.Equal($"/dossiers/{id}/gesprek?handler=Skip", skip.GetAttribute("action"));
        Assert.Contains("of jou zelf als professional", skip.TextContent, StringComparison.Ordinal);
        Assert.Equal(
            ["De veiligheid van het kind", "De veiligheid van anderen", "Mijn eigen veiligheid als professional"],
            skip.QuerySelectorAll("input[name=Reason] + label").Select(l => l.TextContent));
    }

    [Fact]
    public async Task A_conversation_is_saved_and_shown_on_the_overview()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        var form = await client.GetPageAsync($"/dossiers/{id}/gesprek");

        using var response = await client.SubmitAsync(form, $"/dossiers/{id}/gesprek", Valid(), "main form.conversation");

        var overview = await client.SavedAsync(response, id, "Het gesprek is vastgelegd.");
        Assert.Contains("Gesprek gevoerd op 18-11-2026 met ouder(s), collega, tolk Pools.", Timeline(overview), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Skipping_the_conversation_with_a_reason_is_saved_and_shown_on_the_overview()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        var form = await client.GetPageAsync($"/dossiers/{id}/gesprek");

        using var response = await client.SubmitAsync(form, $"/dossiers/{id}/gesprek?handler=Skip", Skip(), SkipForm);

        var overview = await client.SavedAsync(response, id, "Vastgelegd waarom het gesprek niet kan.");
        Assert.Contains("Gesprek met de cliënt overgeslagen. Reden: De veiligheid van het kind.", Timeline(overview), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Incomplete_forms_show_Dutch_messages_with_422_and_save_nothing()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        var form = await client.GetPageAsync($"/dossiers/{id}/gesprek");

        using var conversation = await client.SubmitAsync(form, $"/dossiers/{id}/gesprek", new Dictionary<string, string> { ["HeldOn"] = "2026-11-18", ["WithColleague"] = "true" }, "main form.conversation");
        using var skip = await client.SubmitAsync(form, $"/dossiers/{id}/gesprek?handler=Skip", new Dictionary<string, string> { ["Explanation"] = "Gevaarlijk." }, SkipForm);

        var page = await RefusedAsync(
            conversation,
            HttpStatusCode.UnprocessableEntity,
            "Kruis aan met wie je sprak: de ouder(s), het kind of allebei.",
            "Vul de zorgen die je hebt benoemd in.",
            "Vul de reactie van de cliënt in.");
        Assert.Equal("Kruis aan met wie je sprak: de ouder(s), het kind of allebei.", FieldError(page, "WithParents-fout"));
        Assert.NotNull(page.QuerySelector("#WithColleague[checked]"));
        var skipPage = await RefusedAsync(skip, HttpStatusCode.UnprocessableEntity, "Kies waarom het gesprek niet kan.");
        Assert.Equal("Kies waarom het gesprek niet kan.", FieldError(skipPage, "Reason-fout"));
        Assert.Equal("Gevaarlijk.", skipPage.QuerySelector("#Explanation")!.TextContent);
        Assert.Equal($"/dossiers/{id}/gesprek", skipPage.QuerySelector("main form.conversation")!.GetAttribute("action"));
        Assert.Equal(1, await _factory.ChronologyCountAsync(id));
    }

    [Fact]
    public async Task Markup_is_shown_as_literal_text_and_overlong_texts_are_refused()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        var form = await client.GetPageAsync($"/dossiers/{id}/gesprek");

        using var longConversation = await client.SubmitAsync(form, $"/dossiers/{id}/gesprek", Valid(TooLong), "main form.conversation");
        using var longSkip = await client.SubmitAsync(form, $"/dossiers/{id}/gesprek?handler=Skip", Skip(TooLong), SkipForm);
        await RefusedAsync(longConversation, HttpStatusCode.UnprocessableEntity, "De reactie van de cliënt mag hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001.");
        await RefusedAsync(longSkip, HttpStatusCode.UnprocessableEntity, "De toelichting mag hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001.");

        using var hostile = await client.SubmitAsync(form, $"/dossiers/{id}/gesprek", Valid(Script), "main form.conversation");
        var overview = await client.SavedAsync(hostile, id, "Het gesprek is vastgelegd.");
        Assert.Contains($"Reactie: {Script}", Timeline(overview), StringComparison.Ordinal);
        Assert.Empty(overview.QuerySelectorAll("main script, main img"));
    }

    [Theory]
    [InlineData(OtherTeamLead)]
    [InlineData(Administrator)]
    public async Task Someone_without_access_gets_404_for_the_page_and_both_forms(string name)
    {
        var id = await DossierSeed.CreateAsync(_factory);

        await _factory.AssertHiddenFromAsync(name, $"/dossiers/{id}/gesprek", Valid());
        await _factory.AssertHiddenFromAsync(name, $"/dossiers/{id}/gesprek", Skip(), $"/dossiers/{id}/gesprek?handler=Skip");
        Assert.Equal(1, await _factory.ChronologyCountAsync(id));
    }

    [Fact]
    public async Task Stale_forms_give_409_and_save_nothing()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);

        await _factory.PostStaleFormAsync(client, id, $"/dossiers/{id}/gesprek", Valid(), "main form.conversation");
        await _factory.PostStaleFormAsync(client, id, $"/dossiers/{id}/gesprek", Skip(), SkipForm, $"/dossiers/{id}/gesprek?handler=Skip");
    }
}
