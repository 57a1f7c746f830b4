using System.Globalization;
using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Meldcode.Domain.Common;
using Meldcode.Web.Tests.Support;
using static Meldcode.Web.Tests.Dossiers.DossierPageSupport;

namespace Meldcode.Web.Tests.Dossiers;

/// <summary>Requests to see the file (/dossiers/{id}/inzage): the lead records one, makes the export for the requester, and answers it.</summary>
public sealed class InspectionTests : IClassFixture<MeldcodeFactory>
{
    private readonly MeldcodeFactory _factory;

    public InspectionTests(MeldcodeFactory factory)
    {
        _factory = factory;
    }

    private string Today => DutchTime.Today(_factory.Clock.GetUtcNow()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Url(Guid id) => $"/dossiers/{id}/inzage";

    private Dictionary<string, string> ValidRequest() => new()
    {
        ["RequesterName"] = "Petra Jansen",
        ["Relation"] = "Parent",
        ["HasParentalAuthority"] = "true",
        ["ReceivedOn"] = Today,
    };

    private static async Task<(IHtmlDocument Page, string Url)> RecordedAsync(HttpClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        var page = await client.GetPageAsync(location);
        return (page, location);
    }

    [Fact]
    public async Task The_lead_records_a_request_downloads_the_export_and_closes_the_request_and_the_timeline_shows_it()
    {
        var id = await DossierSeed.CreateAsync(_factory, stage: SeedStage.ReadyToWeigh);
        using var client = await _factory.SignedInAsync(Lead);
        var overview = await client.GetPageAsync($"/dossiers/{id}");
        Assert.Contains(overview.QuerySelectorAll("a"), a => a.GetAttribute("href") == Url(id));
        var number = overview.QuerySelector(".dossier-header__number")!.TextContent.Split(' ')[1];

        using var recorded = await client.SubmitAsync(await client.GetPageAsync(Url(id)), Url(id), ValidRequest());
        var (page, url) = await RecordedAsync(client, recorded);
        Assert.StartsWith($"{Url(id)}/", url, StringComparison.Ordinal);
        Assert.Equal("Het inzageverzoek is vastgelegd.", page.QuerySelector(".notice")!.TextContent);
        Assert.Contains("Petra Jansen (een ouder met gezag)", page.QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);

        using var export = await client.SubmitAsync(page, $"{url}?handler=Export", formSelector: "form[action$='handler=Export']");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/pdf", export.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", export.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal($"inzage-dossier-{number}.pdf", export.Content.Headers.ContentDisposition.FileName?.Trim('"'));
        Assert.Equal("no-store", export.Headers.CacheControl!.ToString());
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(await export.Content.ReadAsByteArrayAsync(), 0, 5), StringComparison.Ordinal);

        var afterExport = await client.GetPageAsync(url);
        Assert.Contains("namen van medewerkers", afterExport.QuerySelector("dl.facts")!.TextContent, StringComparison.Ordinal);
        using var answered = await client.SubmitAsync(afterExport, $"{url}?handler=Answer", new Dictionary<string, string> { ["Provided"] = "true", ["AnsweredOn"] = Today }, "form[action$='handler=Answer']");
        var (closed, _) = await RecordedAsync(client, answered);
        Assert.StartsWith("Verstrekt op", closed.QuerySelector("dl.facts")!.TextContent.Split("Stand")[1].Trim(), StringComparison.Ordinal);
        var timeline = Timeline(await client.GetPageAsync($"/dossiers/{id}"));
        Assert.Contains("Inzageverzoek ontvangen op", timeline, StringComparison.Ordinal);
        Assert.Contains("Inzage-export (pdf, kenmerk", timeline, StringComparison.Ordinal);
        Assert.Contains("beantwoord: het dossier is op", timeline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_is_refused_in_Dutch_on_the_form_with_the_typed_input_kept_and_nothing_saved()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Lead);
        var form = await client.GetPageAsync(Url(id));
        var input = ValidRequest();
        input.Remove("Relation");
        input["ReceivedOn"] = "2099-01-01";

        using var response = await client.SubmitAsync(form, Url(id), input);

        var page = await RefusedAsync(response, HttpStatusCode.UnprocessableEntity, "Kies wie om inzage vraagt: een ouder, een andere verzorger, het kind zelf of iemand anders.", "De datum van ontvangst kan niet in de toekomst liggen.");
        Assert.Equal("Petra Jansen", page.QuerySelector<IHtmlInputElement>("input#RequesterName")!.Value);
        Assert.True(page.QuerySelector<IHtmlInputElement>("input#HasParentalAuthority-ja")!.IsChecked);
        Assert.Equal(1, await _factory.ChronologyCountAsync(id));
    }

    [Fact]
    public async Task A_ticked_item_without_a_reason_is_refused_on_the_request_page_with_the_tick_kept()
    {
        var id = await DossierSeed.CreateAsync(_factory, stage: SeedStage.ReadyToWeigh);
        using var client = await _factory.SignedInAsync(Lead);
        using var recorded = await client.SubmitAsync(await client.GetPageAsync(Url(id)), Url(id), ValidRequest());
        var (page, url) = await RecordedAsync(client, recorded);
        var entries = await _factory.ChronologyCountAsync(id);

        using var response = await client.SubmitAsync(page, $"{url}?handler=Export", new Dictionary<string, string> { ["Items[0].Withhold"] = "true" }, "form[action$='handler=Export']");

        var refused = await RefusedAsync(response, HttpStatusCode.UnprocessableEntity, "Vul de reden om dit onderdeel weg te laten in.");
        Assert.True(refused.QuerySelector<IHtmlInputElement>("input#Items-0-Withhold")!.IsChecked);
        Assert.Equal(entries, await _factory.ChronologyCountAsync(id));
    }

    [Fact]
    public async Task The_owner_sees_no_link_and_may_not_open_the_page()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);

        var overview = await client.GetPageAsync($"/dossiers/{id}");

        Assert.DoesNotContain(overview.QuerySelectorAll("a"), a => a.GetAttribute("href") == Url(id));
        await client.GetPageAsync(Url(id), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_lead_of_another_team_does_not_find_the_dossier() =>
        await _factory.AssertHiddenFromAsync(OtherTeamLead, Url(await DossierSeed.CreateAsync(_factory)), ValidRequest());

    [Fact]
    public async Task The_team_overview_lists_the_open_request_with_its_deadline()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Lead);
        using var recorded = await client.SubmitAsync(await client.GetPageAsync(Url(id)), Url(id), ValidRequest());
        var (_, url) = await RecordedAsync(client, recorded);

        var team = await client.GetPageAsync("/team");

        var section = team.GetElementById("inzageverzoeken")!.ParentElement!;
        Assert.Contains(section.QuerySelectorAll("a"), a => a.GetAttribute("href") == url);
        Assert.DoesNotContain("Mila", section.TextContent, StringComparison.Ordinal);
    }
}
