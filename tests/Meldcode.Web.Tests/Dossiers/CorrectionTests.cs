using System.Net;
using Meldcode.Web.Tests.Support;
using static Meldcode.Web.Tests.Dossiers.DossierPageSupport;

namespace Meldcode.Web.Tests.Dossiers;

public sealed class CorrectionTests : IClassFixture<MeldcodeFactory>
{
    private readonly MeldcodeFactory _factory;

    public CorrectionTests(MeldcodeFactory factory)
    {
        _factory = factory;
    }

    private static Dictionary<string, string> Valid(string correction = "De plek zat op de rechter bovenarm.") => new()
    {
        ["Correction"] = correction,
        ["Reason"] = "Verkeerde arm genoteerd.",
    };

    /// <summary>The correction link of a line on the overview (line 2 is the signal of a dossier that is ready to weigh).</summary>
    private static async Task<string> CorrectionLinkAsync(HttpClient client, Guid id, int line = 2)
    {
        var overview = await client.GetPageAsync($"/dossiers/{id}");
        return overview.QuerySelector($"#regel-{line} .timeline__actions a")!.GetAttribute("href")!;
    }

    [Fact]
    public async Task The_owner_sees_the_original_line_and_the_correction_is_added_under_it_on_the_overview()
    {
        var id = await DossierSeed.CreateAsync(_factory, stage: SeedStage.ReadyToWeigh);
        using var client = await _factory.SignedInAsync(Owner);
        var link = await CorrectionLinkAsync(client, id);

        var form = await client.GetPageAsync(link);
        Assert.Equal("Regel 2", form.QuerySelector("#origineel")!.TextContent);
        Assert.Contains("Blauwe plek op de linker bovenarm", form.QuerySelector("#origineel")!.ParentElement!.TextContent, StringComparison.Ordinal);

        using var response = await client.SubmitAsync(form, link, Valid());

        var overview = await client.SavedAsync(response, id, "De correctie is toegevoegd.");
        var correction = overview.QuerySelector("#regel-2 .timeline__correction")!.TextContent;
        Assert.Contains("Correctie op regel 2: De plek zat op de rechter bovenarm.", correction, StringComparison.Ordinal);
        Assert.Contains("Reden: Verkeerde arm genoteerd.", correction, StringComparison.Ordinal);
        Assert.Contains("Blauwe plek op de linker bovenarm", overview.QuerySelector("#regel-2")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_closed_dossier_can_still_be_corrected()
    {
        var id = await DossierSeed.CreateAsync(_factory, stage: SeedStage.ReadyToWeigh, more: (d, actor, now) => d.Close("Ongegrond.", actor, now));
        using var client = await _factory.SignedInAsync(Owner);
        var link = await CorrectionLinkAsync(client, id);
        var form = await client.GetPageAsync(link);

        using var response = await client.SubmitAsync(form, link, Valid());

        var overview = await client.SavedAsync(response, id, "De correctie is toegevoegd.");
        Assert.NotNull(overview.QuerySelector("#regel-2 .timeline__correction"));
    }

    [Fact]
    public async Task An_unknown_line_gives_404_for_the_page_and_the_post()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        var other = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        var otherLink = await CorrectionLinkAsync(client, other, line: 1);
        var lineOfOtherDossier = otherLink[(otherLink.LastIndexOf('/') + 1)..];

        await client.GetPageAsync($"/dossiers/{id}/correctie/{Guid.NewGuid()}", HttpStatusCode.NotFound);
        await client.GetPageAsync($"/dossiers/{id}/correctie/{lineOfOtherDossier}", HttpStatusCode.NotFound);
        var overview = await client.GetPageAsync($"/dossiers/{id}");
        using var response = await client.SubmitAsync(overview, $"/dossiers/{id}/correctie/{lineOfOtherDossier}", Valid(), "form.account__signout");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(1, await _factory.ChronologyCountAsync(id));
        Assert.Equal(1, await _factory.ChronologyCountAsync(other));
    }

    [Fact]
    public async Task An_incomplete_correction_shows_Dutch_messages_with_422_and_saves_nothing()
    {
        var id = await DossierSeed.CreateAsync(_factory, stage: SeedStage.ReadyToWeigh);
        using var client = await _factory.SignedInAsync(Owner);
        var link = await CorrectionLinkAsync(client, id);
        var form = await client.GetPageAsync(link);
        var before = await _factory.ChronologyCountAsync(id);

        using var response = await client.SubmitAsync(form, link);

        var page = await RefusedAsync(response, HttpStatusCode.UnprocessableEntity, "Vul de correctie in.", "Vul de reden van de correctie in.");
        Assert.Equal("Vul de reden van de correctie in.", FieldError(page, "Reason-fout"));
        Assert.NotNull(page.QuerySelector("#origineel"));
        Assert.Equal(before, await _factory.ChronologyCountAsync(id));
    }

    [Fact]
    public async Task Markup_is_shown_as_literal_text_and_an_overlong_correction_is_refused()
    {
        var id = await DossierSeed.CreateAsync(_factory, stage: SeedStage.ReadyToWeigh);
        using var client = await _factory.SignedInAsync(Owner);
        var link = await CorrectionLinkAsync(client, id);
        var form = await client.GetPageAsync(link);

        using var tooLong = await client.SubmitAsync(form, link, Valid(TooLong));
        using var hostile = await client.SubmitAsync(form, link, Valid(Script));

        await RefusedAsync(tooLong, HttpStatusCode.UnprocessableEntity, "De correctie mag hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001.");
        var overview = await client.SavedAsync(hostile, id, "De correctie is toegevoegd.");
        Assert.Contains(Script, overview.QuerySelector("#regel-2 .timeline__correction")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(overview.QuerySelectorAll("main script, main img"));

        // The line being corrected is shown as text on the correction page too.
        var again = await client.GetPageAsync(link);
        Assert.Contains(Script, again.QuerySelector("#origineel")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Empty(again.QuerySelectorAll("main script, main img"));
    }

    [Theory]
    [InlineData(OtherTeamLead)]
    [InlineData(Administrator)]
    public async Task Someone_without_access_gets_404(string name)
    {
        var id = await DossierSeed.CreateAsync(_factory, stage: SeedStage.ReadyToWeigh);
        using var owner = await _factory.SignedInAsync(Owner);
        var link = await CorrectionLinkAsync(owner, id);
        var before = await _factory.ChronologyCountAsync(id);

        await _factory.AssertHiddenFromAsync(name, link, Valid());
        Assert.Equal(before, await _factory.ChronologyCountAsync(id));
    }

    [Fact]
    public async Task The_aandachtsfunctionaris_may_read_but_not_correct()
    {
        var id = await DossierSeed.CreateAsync(_factory, stage: SeedStage.ReadyToWeigh);
        using var owner = await _factory.SignedInAsync(Owner);
        var link = await CorrectionLinkAsync(owner, id);
        using var lead = await _factory.SignedInAsync(Lead);

        await lead.GetPageAsync(link, HttpStatusCode.Forbidden);
        var overview = await lead.GetPageAsync($"/dossiers/{id}");
        Assert.Empty(overview.QuerySelectorAll(".timeline__actions a"));
        var values = Valid();
        values["Version"] = (await _factory.VersionAsync(id)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var response = await lead.SubmitAsync(overview, link, values, "form.account__signout");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_stale_form_gives_409_and_saves_nothing()
    {
        var id = await DossierSeed.CreateAsync(_factory, stage: SeedStage.ReadyToWeigh);
        using var client = await _factory.SignedInAsync(Owner);
        var link = await CorrectionLinkAsync(client, id);

        await _factory.PostStaleFormAsync(client, id, link, Valid());
    }
}
