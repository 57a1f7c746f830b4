using System.Net;
using Meldcode.Web.Tests.Support;
using static Meldcode.Web.Tests.Dossiers.DossierPageSupport;

namespace Meldcode.Web.Tests.Dossiers;

public sealed class SignalTests : IClassFixture<MeldcodeFactory>
{
    private readonly MeldcodeFactory _factory;

    public SignalTests(MeldcodeFactory factory)
    {
        _factory = factory;
    }

    private static Dictionary<string, string> ValidSignal(string facts = "Blauwe plek op de linker bovenarm van ongeveer vijf centimeter, gezien bij de gymles.") => new()
    {
        ["ObservedOn"] = "2026-11-17",
        ["ObservedAt"] = "10:15",
        ["Place"] = "gymzaal",
        ["ObservedBy"] = Owner,
        ["Source"] = "OwnObservation",
        ["Category"] = "PhysicalAbuse",
        ["Facts"] = facts,
        ["ChildsOwnWords"] = "Papa werd boos.",
        ["Interpretation"] = "Past niet bij de uitleg van moeder.",
    };

    [Fact]
    public async Task The_owner_sees_the_form_with_facts_own_words_and_interpretation_explained_and_today_filled_in()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);

        var page = await client.GetPageAsync($"/dossiers/{id}/signaal");

        Assert.Equal("Signaal vastleggen", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector(".dossier-header"));
        Assert.Contains("zonder mening", page.GetElementById("Facts-uitleg")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("precies op wat het kind zei", page.GetElementById("ChildsOwnWords-uitleg")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("je mening", page.GetElementById("Interpretation-uitleg")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(11, page.QuerySelectorAll("input[name=Category][type=radio]").Length);
        Assert.Contains(page.QuerySelectorAll("label"), l => l.TextContent == "Contra-indicatie (spreekt het vermoeden tegen)");
        Assert.Equal(2, page.QuerySelectorAll("input[name=Source][type=radio]").Length);
        Assert.Equal("2026-11-18", Value(page, "#ObservedOn"));
        Assert.Equal(Owner, Value(page, "#ObservedBy"));
        Assert.All(page.QuerySelectorAll("main input:not([type=hidden]), main textarea"), input =>
            Assert.NotNull(page.QuerySelector($"label[for='{input.Id}']")));
    }

    [Fact]
    public async Task A_valid_signal_is_saved_and_the_overview_shows_it_in_the_timeline()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        var form = await client.GetPageAsync($"/dossiers/{id}/signaal");

        using var response = await client.SubmitAsync(form, $"/dossiers/{id}/signaal", ValidSignal());

        var overview = await client.SavedAsync(response, id, "Het signaal is vastgelegd.");
        var timeline = Timeline(overview);
        Assert.Contains("Signaal vastgelegd: Lichamelijke mishandeling, waargenomen op 17-11-2026 om 10:15 (gymzaal)", timeline, StringComparison.Ordinal);
        Assert.Contains("Eigen woorden van het kind: “Papa werd boos.”", timeline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checking_the_text_shows_quality_hints_with_the_form_still_filled_in_and_saves_nothing()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        var form = await client.GetPageAsync($"/dossiers/{id}/signaal");
        var before = await _factory.ChronologyCountAsync(id);
        var values = ValidSignal("Ik denk dat J.D. hem slaat.");

        using var response = await client.SubmitAsync(form, $"/dossiers/{id}/signaal?handler=Check", values);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Browser.ParseAsync(response);
        var hints = page.QuerySelector(".hint-list")!.TextContent;
        Assert.Contains("'ik denk'", hints, StringComparison.Ordinal);
        Assert.Contains("alleen met initialen", hints, StringComparison.Ordinal);
        Assert.Contains("erg kort", hints, StringComparison.Ordinal);
        Assert.Equal("Ik denk dat J.D. hem slaat.", page.QuerySelector("#Facts")!.TextContent);
        Assert.Equal("PhysicalAbuse", page.QuerySelector("input[name=Category]:checked")!.GetAttribute("value"));
        Assert.Equal(before, await _factory.ChronologyCountAsync(id));

        // The form on the re-rendered page saves (it does not post to the check handler again).
        Assert.Equal($"/dossiers/{id}/signaal", page.QuerySelector("main form")!.GetAttribute("action"));
        using var save = await client.SubmitAsync(page, $"/dossiers/{id}/signaal", values);
        var overview = await client.SavedAsync(save, id, "Het signaal is vastgelegd.");
        Assert.Contains("Tips voor het vastleggen", overview.QuerySelector("#stap1")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_text_without_remarks_gets_no_hints_but_a_reassurance()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        var form = await client.GetPageAsync($"/dossiers/{id}/signaal");

        using var response = await client.SubmitAsync(form, $"/dossiers/{id}/signaal?handler=Check", ValidSignal());

        var page = await Browser.ParseAsync(response);
        Assert.Empty(page.QuerySelectorAll(".hint-list li"));
        Assert.Contains("Geen tips", page.QuerySelector(".hint-list")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_incomplete_signal_shows_Dutch_messages_at_the_fields_with_422_and_saves_nothing()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        var form = await client.GetPageAsync($"/dossiers/{id}/signaal");
        var before = await _factory.ChronologyCountAsync(id);

        using var response = await client.SubmitAsync(form, $"/dossiers/{id}/signaal", new Dictionary<string, string>
        {
            ["ObservedOn"] = "2026-12-01",
            ["ObservedBy"] = Owner,
            ["Source"] = "ToldBySomeone",
            ["Facts"] = " ",
            ["ObservedAt"] = "kwart over tien",
        });

        var page = await RefusedAsync(
            response,
            HttpStatusCode.UnprocessableEntity,
            "De datum van de waarneming kan niet in de toekomst liggen.",
            "Vul de naam van wie het je vertelde in.",
            "Kies een categorie.",
            "Vul de feiten in.",
            "'kwart over tien' is geen geldige waarde.");
        Assert.Equal("Vul de feiten in.", FieldError(page, "Facts-fout"));
        Assert.Equal("Kies een categorie.", FieldError(page, "Category-fout"));
        Assert.Equal("ToldBySomeone", page.QuerySelector("input[name=Source]:checked")!.GetAttribute("value"));
        Assert.Equal(before, await _factory.ChronologyCountAsync(id));
    }

    [Fact]
    public async Task The_error_summary_lists_the_messages_in_the_order_of_the_form()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        var form = await client.GetPageAsync($"/dossiers/{id}/signaal");

        using var response = await client.SubmitAsync(form, $"/dossiers/{id}/signaal");

        var page = await RefusedAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal(
            ["Vul de datum van de waarneming in.", "Vul de naam van wie het zag of hoorde in.", "Kies of je het zelf zag of hoorde, of dat iemand het je vertelde.", "Kies een categorie.", "Vul de feiten in."],
            page.QuerySelectorAll(".error-summary li").Select(li => li.TextContent));
    }

    [Fact]
    public async Task Markup_is_saved_and_shown_as_literal_text_and_an_overlong_text_is_refused()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        var form = await client.GetPageAsync($"/dossiers/{id}/signaal");

        using var tooLong = await client.SubmitAsync(form, $"/dossiers/{id}/signaal", ValidSignal(TooLong));
        using var tooLongCheck = await client.SubmitAsync(form, $"/dossiers/{id}/signaal?handler=Check", ValidSignal(TooLong));
        using var hostile = await client.SubmitAsync(form, $"/dossiers/{id}/signaal", ValidSignal(Script));

        await RefusedAsync(tooLong, HttpStatusCode.UnprocessableEntity, "De feiten mogen hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001.");
        await RefusedAsync(tooLongCheck, HttpStatusCode.UnprocessableEntity, "De feiten mogen hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001.");
        var overview = await client.SavedAsync(hostile, id, "Het signaal is vastgelegd.");
        Assert.Contains($"Feiten: {Script}", Timeline(overview), StringComparison.Ordinal);
        Assert.Empty(overview.QuerySelectorAll("main script, main img"));
    }

    [Fact]
    public async Task Every_text_field_carries_the_validators_limit_for_the_counter_and_no_textarea_cuts_pasted_text()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);

        var page = await client.GetPageAsync($"/dossiers/{id}/signaal");

        foreach (var field in new[] { "Facts", "ChildsOwnWords", "Interpretation" })
        {
            var textarea = page.QuerySelector($"textarea#{field}")!;
            Assert.Equal("10000", textarea.GetAttribute("data-max-length"));
            Assert.False(textarea.HasAttribute("maxlength"), $"{field} must not cut pasted text.");
        }

        foreach (var field in new[] { "Place", "ObservedBy", "ToldBy" })
        {
            var input = page.QuerySelector($"input#{field}")!;
            Assert.Equal("200", input.GetAttribute("data-max-length"));
            Assert.Equal("200", input.GetAttribute("maxlength"));
        }

        Assert.Null(page.QuerySelector("input#ObservedOn")!.GetAttribute("data-max-length"));
        Assert.Null(page.QuerySelector("input[name=Version]")!.GetAttribute("data-max-length"));
        Assert.NotNull(page.QuerySelector("script[src^='/js/text-limit.js']"));
    }

    [Fact]
    public async Task An_overlong_text_is_refused_in_correct_Dutch_with_the_count_and_the_typed_text_kept()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        var form = await client.GetPageAsync($"/dossiers/{id}/signaal");
        var before = await _factory.ChronologyCountAsync(id);
        var facts = new string('f', 10_233) + "!";
        var values = ValidSignal(facts);
        values["ChildsOwnWords"] = new string('w', 10_001);
        values["Interpretation"] = new string('i', 10_002);

        using var response = await client.SubmitAsync(form, $"/dossiers/{id}/signaal", values);

        var page = await RefusedAsync(
            response,
            HttpStatusCode.UnprocessableEntity,
            "De feiten mogen hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.234.",
            "De eigen woorden van het kind mogen hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001.",
            "Je interpretatie mag hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.002.");
        Assert.Equal("De feiten mogen hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.234.", FieldError(page, "Facts-fout"));
        Assert.Equal(facts, page.QuerySelector("textarea#Facts")!.TextContent);
        Assert.Equal("10000", page.QuerySelector("textarea#Facts")!.GetAttribute("data-max-length"));
        Assert.Equal(before, await _factory.ChronologyCountAsync(id));
    }

    [Fact]
    public async Task Checking_the_text_names_a_single_initial_and_loaded_words_but_not_common_abbreviations()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        var form = await client.GetPageAsync($"/dossiers/{id}/signaal");

        using var response = await client.SubmitAsync(form, $"/dossiers/{id}/signaal?handler=Check",
            ValidSignal("L. kwam om 8.45 uur binnen en zei dat hij altijd TV kijkt. Vader was agressief bij de BSO, zei de juf."));

        var page = await Browser.ParseAsync(response);
        var hints = page.QuerySelectorAll(".hint-list li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, hints.Count);
        Assert.Contains("('altijd', 'agressief')", hints[0], StringComparison.Ordinal);
        Assert.Contains("alleen met initialen genoemd (L.)", hints[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_childs_own_words_typed_with_quotation_marks_show_in_one_pair_on_the_record()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        var form = await client.GetPageAsync($"/dossiers/{id}/signaal");
        var values = ValidSignal();
        values["ChildsOwnWords"] = "\"Papa werd boos.\"";

        using var response = await client.SubmitAsync(form, $"/dossiers/{id}/signaal", values);

        var overview = await client.SavedAsync(response, id, "Het signaal is vastgelegd.");
        Assert.Contains("Eigen woorden van het kind: “Papa werd boos.”", Timeline(overview), StringComparison.Ordinal);
        Assert.DoesNotContain("“\"", overview.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(OtherTeamLead)]
    [InlineData(Administrator)]
    public async Task Someone_without_access_gets_404_for_the_page_the_check_and_the_post(string name)
    {
        var id = await DossierSeed.CreateAsync(_factory);

        await _factory.AssertHiddenFromAsync(name, $"/dossiers/{id}/signaal", ValidSignal());
        await _factory.AssertHiddenFromAsync(name, $"/dossiers/{id}/signaal", ValidSignal(), $"/dossiers/{id}/signaal?handler=Check");
        Assert.Equal(1, await _factory.ChronologyCountAsync(id));
    }

    [Fact]
    public async Task The_aandachtsfunctionaris_may_read_the_dossier_but_not_record_a_signal()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var lead = await _factory.SignedInAsync(Lead);

        await lead.GetPageAsync($"/dossiers/{id}/signaal", HttpStatusCode.Forbidden);
        var overview = await lead.GetPageAsync($"/dossiers/{id}");
        using var response = await lead.SubmitAsync(overview, $"/dossiers/{id}/signaal", ValidSignal(), "form.account__signout");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_form_opened_before_someone_else_changed_the_dossier_gives_409_with_the_current_version_and_saves_nothing()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        var form = await client.GetPageAsync($"/dossiers/{id}/signaal");
        var entries = await _factory.ChangeMeanwhileAsync(id);

        using var response = await client.SubmitAsync(form, $"/dossiers/{id}/signaal", ValidSignal());

        var page = await _factory.AssertConflictAsync(response, id, entries);
        Assert.Equal("Papa werd boos.", page.QuerySelector("#ChildsOwnWords")!.TextContent);
    }

    [Fact]
    public async Task A_closed_dossier_shows_no_signal_form()
    {
        var id = await DossierSeed.CreateAsync(_factory, more: (d, actor, now) => d.Close("Geen zorgen meer.", actor, now));
        using var client = await _factory.SignedInAsync(Owner);

        var page = await client.GetPageAsync($"/dossiers/{id}/signaal");

        Assert.Empty(page.QuerySelectorAll("main form"));
        Assert.Contains("Dit dossier is gesloten.", page.QuerySelector(".warning-box")!.TextContent, StringComparison.Ordinal);
    }
}
