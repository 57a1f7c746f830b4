using System.Net;
using System.Text;
using Meldcode.Domain.Dossiers;
using Meldcode.Web.Tests.Support;
using static Meldcode.Web.Tests.Dossiers.DossierPageSupport;

namespace Meldcode.Web.Tests.Dossiers;

/// <summary>Downloading the dossier record and the draft report: who may, what the response looks like, and that it is on record.</summary>
public sealed class DocumentTests : IClassFixture<MeldcodeFactory>
{
    private readonly MeldcodeFactory _factory;

    public DocumentTests(MeldcodeFactory factory)
    {
        _factory = factory;
    }

    [Theory]
    [InlineData(Owner)]
    [InlineData(Lead)]
    public async Task A_reader_downloads_the_record_as_an_uncached_attachment_named_by_the_dossier_number(string name)
    {
        var id = await DossierSeed.CreateAsync(_factory, stage: SeedStage.ReadyToWeigh);
        using var client = await _factory.SignedInAsync(name);
        var overview = await client.GetPageAsync($"/dossiers/{id}");
        var number = overview.QuerySelector(".dossier-header__number")!.TextContent.Split(' ')[1];

        using var response = await client.SubmitAsync(overview, $"/dossiers/{id}?handler=Record", formSelector: "form[action$='handler=Record']");

        await AssertPdfDownloadAsync(response, $"dossierverslag-{number}.pdf");
        var timeline = Timeline(await client.GetPageAsync($"/dossiers/{id}"));
        Assert.Contains("Geëxporteerd: Dossierverslag meldcode (pdf, kenmerk " + number + "-", timeline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_consulted_colleague_may_download_while_the_request_is_open()
    {
        var anna = await _factory.UserIdAsync(OtherTeamProfessional);
        var id = await DossierSeed.CreateAsync(_factory, more: (d, actor, now) => d.RequestConsultation(anna, OtherTeamProfessional, false, "Wat vind jij?", actor, now));
        using var client = await _factory.SignedInAsync(OtherTeamProfessional);
        var overview = await client.GetPageAsync($"/dossiers/{id}");

        using var response = await client.SubmitAsync(overview, $"/dossiers/{id}?handler=Record", formSelector: "form[action$='handler=Record']");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2 + 1, await _factory.ChronologyCountAsync(id));
    }

    [Theory]
    [InlineData(OtherTeamLead)]
    [InlineData(OtherTeamProfessional)]
    [InlineData(Administrator)]
    public async Task Someone_who_may_not_read_the_dossier_gets_404_for_both_documents_and_nothing_is_recorded(string name)
    {
        var id = await DossierSeed.CreateAsync(_factory);

        await _factory.AssertHiddenFromAsync(name, $"/dossiers/{id}/concept-melding", postUrl: $"/dossiers/{id}/concept-melding?handler=Pdf");
        await _factory.AssertHiddenFromAsync(name, $"/dossiers/{id}", postUrl: $"/dossiers/{id}?handler=Record");

        Assert.Equal(1, await _factory.ChronologyCountAsync(id));
    }

    [Fact]
    public async Task The_draft_page_shows_the_report_text_to_copy_and_offers_it_as_a_pdf()
    {
        var id = await DossierSeed.CreateAsync(_factory, stage: SeedStage.ReadyToWeigh);
        using var client = await _factory.SignedInAsync(Owner);

        var page = await client.GetPageAsync($"/dossiers/{id}/concept-melding");

        var text = page.QuerySelector("textarea#concept")!.TextContent;
        Assert.True(page.QuerySelector("textarea#concept")!.HasAttribute("readonly"));
        Assert.Contains("1. Melder", text, StringComparison.Ordinal);
        Assert.Contains($"Naam: {Owner}", text, StringComparison.Ordinal);
        Assert.Contains("Feiten: Blauwe plek op de linker bovenarm, ongeveer 5 cm.", text, StringComparison.Ordinal);
        Assert.Contains("In dit dossier is (nog) geen besluit vastgelegd om te melden.", page.QuerySelector(".warning-box")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1 + 3, await _factory.ChronologyCountAsync(id));

        using var response = await client.SubmitAsync(page, $"/dossiers/{id}/concept-melding?handler=Pdf");

        var number = page.QuerySelector(".dossier-header__number")!.TextContent.Split(' ')[1];
        await AssertPdfDownloadAsync(response, $"concept-melding-{number}.pdf");
        Assert.Equal(1 + 3 + 1, await _factory.ChronologyCountAsync(id));
    }

    [Fact]
    public async Task Hostile_text_on_the_draft_page_is_literal_text_and_the_record_of_a_closed_dossier_still_downloads()
    {
        var id = await DossierSeed.CreateAsync(_factory, more: (d, actor, now) =>
        {
            d.RecordSignal(new SignalInput(DateOnly.FromDateTime(now.UtcDateTime).AddDays(-1), null, null, Owner, SignalSource.OwnObservation, null, SignalCategory.PhysicalNeglect, Script + " \u0007" + new string('x', 9000), null, null), actor, now);
            d.Close("Ongegrond.", actor, now);
        });
        using var client = await _factory.SignedInAsync(Owner);

        var page = await client.GetPageAsync($"/dossiers/{id}/concept-melding");
        Assert.Contains(Script, page.QuerySelector("textarea#concept")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("main img"));
        var overview = await client.GetPageAsync($"/dossiers/{id}");
        using var response = await client.SubmitAsync(overview, $"/dossiers/{id}?handler=Record", formSelector: "form[action$='handler=Record']");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task A_download_without_an_antiforgery_token_is_refused_and_nothing_is_recorded()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);

        using var content = new FormUrlEncodedContent(new Dictionary<string, string>());
        using var response = await client.PostAsync(new Uri($"/dossiers/{id}?handler=Record", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(1, await _factory.ChronologyCountAsync(id));
    }

    private static async Task AssertPdfDownloadAsync(HttpResponseMessage response, string fileName)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal(fileName, disposition.FileName?.Trim('"'));
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(body, 0, 5), StringComparison.Ordinal);
        Assert.DoesNotContain("Mila", fileName, StringComparison.Ordinal);
    }
}
