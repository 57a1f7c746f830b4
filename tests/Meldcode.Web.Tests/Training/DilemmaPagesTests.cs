using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Meldcode.Application.Dilemmas.EditDilemma;
using Meldcode.Domain.Dilemmas;
using Meldcode.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Web.Tests.Training;

/// <summary>The dilemma library through its real pages and forms, as the demo trainer (Nguyễn Thị Lan).</summary>
public sealed class DilemmaPagesTests : IDisposable
{
    private const string Trainer = "Nguyễn Thị Lan";
    private readonly MeldcodeFactory _factory = new();

    [Fact]
    public async Task The_trainer_finds_the_library_in_the_navigation_and_filters_it_with_a_plain_get_form()
    {
        using var trainer = await TrainerAsync();
        var start = await trainer.GetPageAsync("/");
        Assert.Contains(start.QuerySelectorAll("nav a"), a => a.TextContent == "Dilemma's" && a.GetAttribute("href") == "/training/dilemmas");

        var all = await trainer.GetPageAsync("/training/dilemmas");
        var filtered = await trainer.GetPageAsync("/training/dilemmas?vorm=FemaleGenitalMutilation&stap=Decision&sector=Education");

        Assert.Equal(DilemmaLibrary.All.Count, all.QuerySelectorAll(".dilemma-list__item").Length);
        var item = Assert.Single(filtered.QuerySelectorAll(".dilemma-list__item"));
        Assert.Equal("Na de zomervakantie", item.QuerySelector("h2")!.TextContent.Trim());
        Assert.Contains("Ingebouwd", item.TextContent, StringComparison.Ordinal);
        Assert.Contains("versie 1", item.TextContent, StringComparison.Ordinal);
        Assert.Equal("FemaleGenitalMutilation", filtered.QuerySelector<IHtmlSelectElement>("#vorm")!.Value);
    }

    [Fact]
    public async Task Unknown_filter_values_and_an_over_long_search_show_the_library_not_an_error()
    {
        using var trainer = await TrainerAsync();

        var page = await trainer.GetPageAsync($"/training/dilemmas?vorm=Onzin&stap=99&sector=%3Cscript%3E&zoek={new string('a', 5_000)}");

        Assert.Empty(page.QuerySelectorAll(".dilemma-list__item"));
        Assert.Equal(string.Empty, page.QuerySelector<IHtmlSelectElement>("#vorm")!.Value);
    }

    [Fact]
    public async Task A_dilemma_shows_its_story_decision_points_meldcode_view_and_prompts_and_a_built_in_one_offers_only_a_copy()
    {
        using var trainer = await TrainerAsync();
        var id = BuiltInId("beloof-je-het");

        var page = await trainer.GetPageAsync($"/training/dilemmas/{id}");

        Assert.Equal("Beloof je het?", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Noor (9) zit in groep 6.", page.QuerySelector(".story")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, page.QuerySelectorAll(".decision-point").Length);
        Assert.Contains("past bij de meldcode", page.QuerySelectorAll(".options li")[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("Beloof nooit dat je iets geheim houdt.", page.QuerySelector(".decision-point")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("3. Gesprek", page.QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, page.QuerySelectorAll("#gespreksvragen + ul li").Length);
        Assert.Null(page.QuerySelector($"a[href='/training/dilemmas/{id}/bewerken']"));
        await trainer.GetPageAsync($"/training/dilemmas/{id}/bewerken", HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("/training/dilemmas/00000000-0000-0000-0000-000000000001")]
    [InlineData("/training/dilemmas/00000000-0000-0000-0000-000000000001/bewerken")]
    [InlineData("/training/dilemmas/{builtIn}?versie=7")]
    [InlineData("/training/dilemmas/{builtIn}?versie=-1")]
    public async Task An_unknown_dilemma_or_version_is_a_404_not_a_500(string url)
    {
        using var trainer = await TrainerAsync();

        await trainer.GetPageAsync(url.Replace("{builtIn}", BuiltInId("beloof-je-het").ToString(), StringComparison.Ordinal), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_trainer_copies_a_built_in_dilemma_edits_the_copy_and_the_first_version_stays()
    {
        using var trainer = await TrainerAsync();
        var original = BuiltInId("maandagochtend");
        var page = await trainer.GetPageAsync($"/training/dilemmas/{original}");

        using var copied = await trainer.SubmitAsync(page, $"/training/dilemmas/{original}?handler=Duplicate");
        Assert.Equal(HttpStatusCode.Redirect, copied.StatusCode);
        var copyUrl = copied.Headers.Location!.OriginalString;
        var copy = await trainer.GetPageAsync(copyUrl);
        Assert.Equal("Maandagochtend (kopie)", copy.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("Het dilemma is gekopieerd.", copy.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        var copyId = Guid.Parse(copyUrl.Split('/', '?')[3]);

        var form = await trainer.GetPageAsync($"/training/dilemmas/{copyId}/bewerken");
        Assert.Equal("Maandagochtend (kopie)", form.QuerySelector<IHtmlInputElement>("#Title")!.Value);
        using var saved = await trainer.SubmitAsync(form, $"/training/dilemmas/{copyId}/bewerken", FieldsOf(form, ("Title", "Maandagochtend bij ons")));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var latest = await trainer.GetPageAsync($"/training/dilemmas/{copyId}");
        var first = await trainer.GetPageAsync($"/training/dilemmas/{copyId}?versie=1");
        Assert.Equal("Maandagochtend bij ons", latest.QuerySelector("h1")!.TextContent);
        Assert.Contains("Versie 2 van 2", latest.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Maandagochtend (kopie)", first.QuerySelector("h1")!.TextContent);
        Assert.Equal(2, _factory.WithDatabase(c => c.LibraryDilemmas.Include(d => d.Versions).Single(d => d.Id == copyId).Versions.Count));
    }

    [Fact]
    public async Task A_new_dilemma_is_written_through_the_form()
    {
        using var trainer = await TrainerAsync();
        var form = await trainer.GetPageAsync("/training/dilemmas/nieuw");

        using var response = await trainer.SubmitAsync(form, "/training/dilemmas/nieuw", ValidForm());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await trainer.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("Een lege broodtrommel", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Zelf geschreven", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Niets doen", "Opschrijven wat je ziet"], page.QuerySelectorAll(".options li").Select(li => li.TextContent.Replace("past bij de meldcode", "", StringComparison.Ordinal)[1..].Trim()));
        Assert.NotNull(page.QuerySelector("a[href$='/bewerken']"));
    }

    [Fact]
    public async Task Hostile_input_on_the_form_comes_back_in_Dutch_with_the_typed_text_kept_and_nothing_saved()
    {
        using var trainer = await TrainerAsync();
        var before = _factory.WithDatabase(c => c.LibraryDilemmas.Count());
        var form = await trainer.GetPageAsync("/training/dilemmas/nieuw");
        var values = ValidForm();
        values["Title"] = new string('t', 5_000);
        values["Sectors"] = "Onzin";
        values["MeldcodeStep"] = "42";
        values["DecisionPoints[0].Kind"] = "<script>";
        values["Prompts[0]"] = new string('p', 301);

        using var response = await trainer.SubmitAsync(form, "/training/dilemmas/nieuw", values);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var refused = await Browser.ParseAsync(response);
        Assert.Equal("De titel mag hoogstens 100 tekens lang zijn. Nu zijn het er 5.000.", refused.GetElementById("Title-fout")!.TextContent.Trim());
        Assert.Equal("Een gespreksvraag mag hoogstens 300 tekens lang zijn. Nu zijn het er 301.", refused.GetElementById("Prompts[0]-fout")!.TextContent.Trim());
        Assert.Contains("Kies of dit beslismoment keuzes of een schaal heeft.", refused.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Kies de stap van de meldcode die het dilemma oefent.", refused.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(values["Story"], refused.QuerySelector<IHtmlTextAreaElement>("#Story")!.Value);
        Assert.Equal("Opschrijven wat je ziet", refused.QuerySelector<IHtmlInputElement>("#DecisionPoints_0_Options_2")!.Value);
        Assert.Equal(before, _factory.WithDatabase(c => c.LibraryDilemmas.Count()));
    }

    [Fact]
    public async Task An_edit_from_a_form_opened_before_someone_else_saved_is_refused_with_a_clear_message()
    {
        using var trainer = await TrainerAsync();
        var write = await trainer.GetPageAsync("/training/dilemmas/nieuw");
        using var written = await trainer.SubmitAsync(write, "/training/dilemmas/nieuw", ValidForm());
        var id = Guid.Parse(written.Headers.Location!.OriginalString.Split('/', '?')[3]);
        var first = await trainer.GetPageAsync($"/training/dilemmas/{id}/bewerken");
        var stale = await trainer.GetPageAsync($"/training/dilemmas/{id}/bewerken");
        (await trainer.SubmitAsync(first, $"/training/dilemmas/{id}/bewerken", FieldsOf(first, ("Title", "Eerst opgeslagen")))).Dispose();

        using var response = await trainer.SubmitAsync(stale, $"/training/dilemmas/{id}/bewerken", FieldsOf(stale, ("Title", "Later opgeslagen")));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var refused = await Browser.ParseAsync(response);
        Assert.Contains(EditDilemmaCommand.ConflictMessage, refused.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Later opgeslagen", refused.QuerySelector<IHtmlInputElement>("#Title")!.Value);
        Assert.Equal("2", refused.QuerySelector<IHtmlInputElement>("input[name=ExpectedVersion]")!.Value);
        Assert.Equal("Eerst opgeslagen", _factory.WithDatabase(c => c.LibraryDilemmas.Include(d => d.Versions).Single(d => d.Id == id).Latest.Content.Title));
    }

    [Fact]
    public async Task The_theme_packs_list_their_dilemmas_and_link_to_starting_a_session()
    {
        using var trainer = await TrainerAsync();

        var page = await trainer.GetPageAsync("/training/themapakketten");

        var week = page.QuerySelector("section[aria-labelledby='pakket-week-tegen-kindermishandeling']")!;
        Assert.Equal(5, week.QuerySelectorAll("ol li a").Length);
        Assert.Equal("/training/sessies/nieuw?pakket=week-tegen-kindermishandeling", week.QuerySelector("a.button")!.GetAttribute("href"));
        Assert.Equal(ThemePacks.All.Count, page.QuerySelectorAll("main section").Length);
    }

    public void Dispose() => _factory.Dispose();

    private async Task<HttpClient> TrainerAsync()
    {
        var client = _factory.CreateBrowser();
        await client.SignInAsAsync(Trainer);
        return client;
    }

    private Guid BuiltInId(string key) => _factory.WithDatabase(c => c.LibraryDilemmas.Single(d => d.OrganisationId == null && d.Key == key).Id);

    /// <summary>Every field of the dilemma form as the page shows it (a browser posts them all), with some replaced.</summary>
    private static Dictionary<string, string> FieldsOf(IHtmlDocument page, params (string Name, string Value)[] changes)
    {
        var form = page.QuerySelector<IHtmlFormElement>("main form")!;
        var fields = new Dictionary<string, string>();
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[name]"))
        {
            if ((input.Type is "checkbox" or "radio") && !input.IsChecked)
            {
                continue;
            }

            // One value per name is enough for these tests (the first checked box of a group).
            fields.TryAdd(input.Name!, input.Value);
        }

        foreach (var area in form.QuerySelectorAll<IHtmlTextAreaElement>("textarea[name]"))
        {
            fields[area.Name!] = area.Value;
        }

        foreach (var select in form.QuerySelectorAll<IHtmlSelectElement>("select[name]"))
        {
            fields[select.Name!] = select.Value ?? string.Empty;
        }

        foreach (var (name, value) in changes)
        {
            fields[name] = value;
        }

        return fields;
    }

    private static Dictionary<string, string> ValidForm() => new()
    {
        ["Title"] = "Een lege broodtrommel",
        ["Story"] = "Sem (6) heeft al weken geen eten bij zich. Hij vraagt andere kinderen om hun brood.",
        ["Sectors"] = "Education",
        ["FormsOfAbuse"] = "PhysicalNeglect",
        ["Themes"] = "HungryAndUnwashedOnMondays",
        ["MeldcodeStep"] = "Signals",
        ["Question"] = "Suspicion",
        ["DecisionPoints[0].Kind"] = "Choice",
        ["DecisionPoints[0].Question"] = "Wat doe je eerst?",
        ["DecisionPoints[0].Options[0]"] = "Niets doen",
        ["DecisionPoints[0].Options[1]"] = "",
        ["DecisionPoints[0].Options[2]"] = "Opschrijven wat je ziet",
        ["DecisionPoints[0].FittingOptions"] = "C",
        ["DecisionPoints[0].Rationale"] = "Leg eerst vast wat je ziet.",
        ["DecisionPoints[1].Kind"] = "Choice",
        ["DecisionPoints[2].Kind"] = "Choice",
        ["Prompts[0]"] = "Wat zie jij op maandag?",
    };
}
