using System.Globalization;
using System.Net;
using Meldcode.Web.Tests.Support;
using static Meldcode.Web.Tests.Dossiers.DossierPageSupport;

namespace Meldcode.Web.Tests.Dossiers;

/// <summary>Asking a colleague for advice inside Meldcode, the inbox of requests, answering, and withdrawing.</summary>
public sealed class ConsultationRequestTests : IClassFixture<MeldcodeFactory>
{

    private readonly MeldcodeFactory _factory;

    public ConsultationRequestTests(MeldcodeFactory factory)
    {
        _factory = factory;
    }

    private async Task<Guid> AskAsync(HttpClient owner, Guid id, string consultant, string question = "Vind jij dit zorgelijk genoeg om met de ouders te praten?")
    {
        var form = await owner.GetPageAsync($"/dossiers/{id}/advies-vragen");
        using var response = await owner.SubmitAsync(form, $"/dossiers/{id}/advies-vragen", new Dictionary<string, string>
        {
            ["ConsultantId"] = (await _factory.UserIdAsync(consultant)).ToString(),
            ["Question"] = question,
        });
        await owner.SavedAsync(response, id, "Je adviesvraag is verstuurd.");
        return id;
    }

    /// <summary>The inbox rows about this dossier (the class shares one app, so other tests' requests may be there too).</summary>
    private static async Task<List<AngleSharp.Dom.IElement>> InboxRowsAsync(HttpClient consultant, Guid id) =>
        (await consultant.GetPageAsync("/adviesvragen")).QuerySelectorAll("table.list tbody tr")
            .Where(row => row.QuerySelector("a")!.GetAttribute("href")!.StartsWith($"/adviesvragen/{id}/", StringComparison.Ordinal))
            .ToList();

    /// <summary>The "Advies geven" link the consulted colleague sees on the dossier overview while the request is open.</summary>
    private static async Task<string> AnswerLinkAsync(HttpClient consultant, Guid id)
    {
        var overview = await consultant.GetPageAsync($"/dossiers/{id}");
        var link = overview.QuerySelector("#adviesvraag")!.ParentElement!.QuerySelector("a")!.GetAttribute("href")!;
        Assert.StartsWith($"/adviesvragen/{id}/", link, StringComparison.Ordinal);
        return link;
    }

    [Fact]
    public async Task The_owner_chooses_from_colleagues_with_the_aandachtsfunctionaris_of_the_team_first()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);

        var page = await client.GetPageAsync($"/dossiers/{id}/advies-vragen");

        var choices = page.QuerySelectorAll("input[name=ConsultantId] + label").Select(l => l.TextContent).ToList();
        Assert.Equal($"{Lead} (aandachtsfunctionaris van dit team)", choices[0]);
        Assert.Contains(OtherTeamProfessional, choices);
        Assert.DoesNotContain(Owner, choices);
        Assert.DoesNotContain(Administrator, choices);
        Assert.Contains("kan het hele dossier lezen zolang je vraag openstaat", page.QuerySelector(".question-explanation")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_colleague_of_another_team_reads_the_dossier_read_only_answers_and_then_loses_access()
    {
        var id = await DossierSeed.CreateAsync(_factory, stage: SeedStage.ReadyToWeigh);
        using var owner = await _factory.SignedInAsync(Owner);
        using var anna = await _factory.SignedInAsync(OtherTeamProfessional);
        await anna.GetPageAsync($"/dossiers/{id}", HttpStatusCode.NotFound);

        await AskAsync(owner, id, OtherTeamProfessional);

        var link = await AnswerLinkAsync(anna, id);
        var answer = await anna.GetPageAsync(link);
        Assert.Contains("Vind jij dit zorgelijk genoeg", answer.QuerySelector(".panel--highlight")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Blauwe plek op de linker bovenarm", answer.QuerySelector("#stap1")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Single(answer.QuerySelectorAll("main form"));
        Assert.Empty(answer.QuerySelectorAll("main a[href*='/signaal'], main a[href*='/correctie/']"));

        using var response = await anna.SubmitAsync(answer, link, new Dictionary<string, string> { ["Advice"] = "Praat eerst met moeder.", ["AgreedActions"] = "Sanne belt moeder deze week." });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/adviesvragen", response.Headers.Location!.OriginalString);
        await anna.GetPageAsync($"/dossiers/{id}", HttpStatusCode.NotFound);
        await anna.GetPageAsync(link, HttpStatusCode.NotFound);
        var overview = await owner.GetPageAsync($"/dossiers/{id}");
        Assert.Contains($"Advies gegeven door {OtherTeamProfessional}.", Timeline(overview), StringComparison.Ordinal);
        Assert.Contains("Praat eerst met moeder.", overview.QuerySelector("#stap2")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_inbox_lists_open_requests_as_text_with_a_link_to_answer_and_confirms_an_answer()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var owner = await _factory.SignedInAsync(Owner);
        using var anna = await _factory.SignedInAsync(OtherTeamProfessional);
        await AskAsync(owner, id, OtherTeamProfessional, $"Wat vind jij? {Script}");

        var inbox = await anna.GetPageAsync("/adviesvragen");
        var row = Assert.Single(await InboxRowsAsync(anna, id));
        Assert.Contains(Owner, row.TextContent, StringComparison.Ordinal);
        Assert.Contains($"Wat vind jij? {Script}", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("18-11-2026 09:30", row.TextContent, StringComparison.Ordinal);
        Assert.Empty(inbox.QuerySelectorAll("main script, main img"));
        var link = row.QuerySelector("a")!.GetAttribute("href")!;
        Assert.Equal(await AnswerLinkAsync(anna, id), link);

        using var response = await anna.SubmitAsync(await anna.GetPageAsync(link), link, new Dictionary<string, string> { ["Advice"] = "Doen." });

        var after = await anna.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("Je advies staat nu in het dossier. De adviesvraag is afgerond.", after.QuerySelector(".notice")!.TextContent);
        Assert.Empty(await InboxRowsAsync(anna, id));
        using var administrator = await _factory.SignedInAsync(Administrator);
        Assert.Empty((await administrator.GetPageAsync("/adviesvragen")).QuerySelectorAll("table.list"));
    }

    [Fact]
    public async Task The_aandachtsfunctionaris_answers_a_request_and_the_advice_is_recorded_as_theirs()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var owner = await _factory.SignedInAsync(Owner);
        using var lead = await _factory.SignedInAsync(Lead);
        await AskAsync(owner, id, Lead);

        var link = await AnswerLinkAsync(lead, id);
        var answer = await lead.GetPageAsync(link);
        using var response = await lead.SubmitAsync(answer, link, new Dictionary<string, string> { ["Advice"] = "Leg het gesprek met moeder vast." });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var overview = await lead.GetPageAsync($"/dossiers/{id}");
        Assert.Contains($"Aandachtsfunctionaris – {Lead}", overview.QuerySelector("#stap2")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_incomplete_request_shows_Dutch_messages_with_422_and_saves_nothing()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        var form = await client.GetPageAsync($"/dossiers/{id}/advies-vragen");

        using var response = await client.SubmitAsync(form, $"/dossiers/{id}/advies-vragen", new Dictionary<string, string> { ["Question"] = "  " });

        var page = await RefusedAsync(response, HttpStatusCode.UnprocessableEntity, "Kies een collega.", "Vul je vraag in.");
        Assert.Equal("Kies een collega.", FieldError(page, "ConsultantId-fout"));
        Assert.NotEmpty(page.QuerySelectorAll("input[name=ConsultantId]"));
        Assert.Equal(1, await _factory.ChronologyCountAsync(id));
    }

    [Fact]
    public async Task Asking_someone_outside_the_organisation_roles_or_twice_is_refused_in_Dutch()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        await AskAsync(client, id, OtherTeamProfessional);
        var form = await client.GetPageAsync($"/dossiers/{id}/advies-vragen");

        using var administrator = await client.SubmitAsync(form, $"/dossiers/{id}/advies-vragen", new Dictionary<string, string>
        {
            ["ConsultantId"] = (await _factory.UserIdAsync(Administrator)).ToString(),
            ["Question"] = "Mag dit?",
        });
        using var twice = await client.SubmitAsync(form, $"/dossiers/{id}/advies-vragen", new Dictionary<string, string>
        {
            ["ConsultantId"] = (await _factory.UserIdAsync(OtherTeamProfessional)).ToString(),
            ["Question"] = "Nog een keer?",
        });

        await RefusedAsync(administrator, HttpStatusCode.UnprocessableEntity, "Kies een collega van je organisatie (een professional of aandachtsfunctionaris).");
        await RefusedAsync(twice, HttpStatusCode.UnprocessableEntity, "Je hebt deze collega al om advies gevraagd; die vraag staat nog open.");
        Assert.Equal(2, await _factory.ChronologyCountAsync(id));
    }

    [Fact]
    public async Task Markup_in_a_question_is_literal_text_for_the_colleague_and_an_overlong_question_is_refused()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var owner = await _factory.SignedInAsync(Owner);
        using var anna = await _factory.SignedInAsync(OtherTeamProfessional);
        var form = await owner.GetPageAsync($"/dossiers/{id}/advies-vragen");

        using var tooLong = await owner.SubmitAsync(form, $"/dossiers/{id}/advies-vragen", new Dictionary<string, string>
        {
            ["ConsultantId"] = (await _factory.UserIdAsync(OtherTeamProfessional)).ToString(),
            ["Question"] = TooLong,
        });
        await RefusedAsync(tooLong, HttpStatusCode.UnprocessableEntity, "Je vraag mag hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001.");
        await AskAsync(owner, id, OtherTeamProfessional, Script);

        var answer = await anna.GetPageAsync(await AnswerLinkAsync(anna, id));
        Assert.Contains(Script, answer.QuerySelector(".panel--highlight")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(answer.QuerySelectorAll("main script, main img"));
    }

    [Fact]
    public async Task An_empty_or_overlong_answer_is_refused_with_422_and_the_request_stays_open()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var owner = await _factory.SignedInAsync(Owner);
        using var anna = await _factory.SignedInAsync(OtherTeamProfessional);
        await AskAsync(owner, id, OtherTeamProfessional);
        var link = await AnswerLinkAsync(anna, id);
        var answer = await anna.GetPageAsync(link);
        var before = await _factory.ChronologyCountAsync(id);

        using var empty = await anna.SubmitAsync(answer, link);
        using var tooLong = await anna.SubmitAsync(answer, link, new Dictionary<string, string> { ["Advice"] = "Goed zo.", ["AgreedActions"] = TooLong });

        var page = await RefusedAsync(empty, HttpStatusCode.UnprocessableEntity, "Vul je advies in.");
        Assert.Equal("Vul je advies in.", FieldError(page, "Advice-fout"));
        Assert.NotNull(page.QuerySelector("#stap1"));
        await RefusedAsync(tooLong, HttpStatusCode.UnprocessableEntity, "De afspraken mogen hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001.");
        Assert.Equal(before, await _factory.ChronologyCountAsync(id));
        Assert.NotNull((await anna.GetPageAsync($"/dossiers/{id}")).QuerySelector("#adviesvraag"));
    }

    [Fact]
    public async Task The_owner_withdraws_a_request_from_the_overview_and_the_colleague_loses_access()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var owner = await _factory.SignedInAsync(Owner);
        using var anna = await _factory.SignedInAsync(OtherTeamProfessional);
        await AskAsync(owner, id, OtherTeamProfessional);
        await anna.GetPageAsync($"/dossiers/{id}");

        var overview = await owner.GetPageAsync($"/dossiers/{id}");
        _factory.Clock.Advance(TimeSpan.FromSeconds(1));
        using var response = await owner.SubmitAsync(overview, $"/dossiers/{id}/advies-vragen?handler=Withdraw", formSelector: "main form[action*='handler=Withdraw']");

        var after = await owner.SavedAsync(response, id, "De adviesvraag is ingetrokken.");
        Assert.Contains($"Adviesvraag aan {OtherTeamProfessional} ingetrokken.", Timeline(after), StringComparison.Ordinal);
        await anna.GetPageAsync($"/dossiers/{id}", HttpStatusCode.NotFound);

        // The same (now stale) withdraw form again: refused as a conflict, nothing saved.
        var entries = await _factory.ChronologyCountAsync(id);
        using var again = await owner.SubmitAsync(overview, $"/dossiers/{id}/advies-vragen?handler=Withdraw", formSelector: "main form[action*='handler=Withdraw']");
        await _factory.AssertConflictAsync(again, id, entries);
    }

    [Fact]
    public async Task Withdrawing_a_request_that_was_answered_meanwhile_is_refused_in_Dutch()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var owner = await _factory.SignedInAsync(Owner);
        using var anna = await _factory.SignedInAsync(OtherTeamProfessional);
        await AskAsync(owner, id, OtherTeamProfessional);
        var overview = await owner.GetPageAsync($"/dossiers/{id}");
        var link = await AnswerLinkAsync(anna, id);
        using var answered = await anna.SubmitAsync(await anna.GetPageAsync(link), link, new Dictionary<string, string> { ["Advice"] = "Doen." });
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);

        var values = new Dictionary<string, string> { ["Version"] = (await _factory.VersionAsync(id)).ToString(CultureInfo.InvariantCulture) };
        using var response = await owner.SubmitAsync(overview, $"/dossiers/{id}/advies-vragen?handler=Withdraw", values, "main form[action*='handler=Withdraw']");

        await RefusedAsync(response, HttpStatusCode.UnprocessableEntity, "Deze adviesvraag is al beantwoord of ingetrokken.");
    }

    [Theory]
    [InlineData(OtherTeamLead)]
    [InlineData(Administrator)]
    [InlineData(OtherTeamProfessional)]
    public async Task Someone_without_access_gets_404_for_asking_and_withdrawing(string name)
    {
        var id = await DossierSeed.CreateAsync(_factory);
        var values = new Dictionary<string, string> { ["ConsultantId"] = (await _factory.UserIdAsync(Lead)).ToString(), ["Question"] = "Hoi", ["RequestId"] = Guid.NewGuid().ToString() };

        await _factory.AssertHiddenFromAsync(name, $"/dossiers/{id}/advies-vragen", values);
        await _factory.AssertHiddenFromAsync(name, $"/dossiers/{id}/advies-vragen", values, $"/dossiers/{id}/advies-vragen?handler=Withdraw");
        Assert.Equal(1, await _factory.ChronologyCountAsync(id));
    }

    [Fact]
    public async Task Only_the_asked_colleague_can_open_or_post_the_answer_form()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var owner = await _factory.SignedInAsync(Owner);
        await AskAsync(owner, id, OtherTeamProfessional);
        using var anna = await _factory.SignedInAsync(OtherTeamProfessional);
        var link = await AnswerLinkAsync(anna, id);
        var advice = new Dictionary<string, string> { ["Advice"] = "Ik ben het niet." };

        await _factory.AssertHiddenFromAsync(OtherTeamLead, link, advice);
        await _factory.AssertHiddenFromAsync(Administrator, link, advice);
        await owner.GetPageAsync(link, HttpStatusCode.NotFound);
        var overview = await owner.GetPageAsync($"/dossiers/{id}");
        advice["Version"] = (await _factory.VersionAsync(id)).ToString(CultureInfo.InvariantCulture);
        using var ownerPost = await owner.SubmitAsync(overview, link, advice, "form.account__signout");
        Assert.Equal(HttpStatusCode.Forbidden, ownerPost.StatusCode);
        await anna.GetPageAsync($"/adviesvragen/{id}/{Guid.NewGuid()}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Stale_forms_for_asking_and_answering_give_409_and_save_nothing()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var owner = await _factory.SignedInAsync(Owner);
        using var anna = await _factory.SignedInAsync(OtherTeamProfessional);
        var values = new Dictionary<string, string> { ["ConsultantId"] = (await _factory.UserIdAsync(OtherTeamProfessional)).ToString(), ["Question"] = "Wat vind jij?" };

        var page = await _factory.PostStaleFormAsync(owner, id, $"/dossiers/{id}/advies-vragen", values);
        Assert.NotEmpty(page.QuerySelectorAll("input[name=ConsultantId]"));

        await AskAsync(owner, id, OtherTeamProfessional);
        var link = await AnswerLinkAsync(anna, id);
        await _factory.PostStaleFormAsync(anna, id, link, new Dictionary<string, string> { ["Advice"] = "Doen." });
    }
}
