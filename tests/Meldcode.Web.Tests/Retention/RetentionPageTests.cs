using System.Net;
using Meldcode.Web.Tests.Support;
using static Meldcode.Web.Tests.Dossiers.DossierPageSupport;

namespace Meldcode.Web.Tests.Retention;

/// <summary>Bewaren on the dossier (/dossiers/{id}/bewaren) and for the privacy officer (/privacy/bewaren).</summary>
public sealed class RetentionPageTests : IClassFixture<MeldcodeFactory>
{
    private const string PrivacyOfficer = "Fatima El Amrani";
    private const string Hold = "main form[action*='handler=Plaatsen']";
    private const string Request = "main form[action*='handler=Verzoek']";
    private const string Decision = "main form[action*='handler=Besluit']";

    private readonly MeldcodeFactory _factory;

    public RetentionPageTests(MeldcodeFactory factory)
    {
        _factory = factory;
    }

    private static string Url(Guid id) => $"/dossiers/{id}/bewaren";

    [Fact]
    public async Task The_lead_finds_Bewaren_on_the_overview_and_places_a_hold_that_the_chronology_shows()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Lead);
        var overview = await client.GetPageAsync($"/dossiers/{id}");
        Assert.Contains(overview.QuerySelectorAll("a"), a => a.GetAttribute("href") == Url(id));

        var page = await client.GetPageAsync(Url(id));
        using var response = await client.SubmitAsync(page, $"{Url(id)}?handler=Plaatsen", new Dictionary<string, string> { ["Reason"] = "Er loopt een klacht bij de klachtencommissie." }, Hold);

        var saved = await client.SavedAsync(response, id, "De bewaarplicht staat op het dossier. Het wordt niet verwijderd tot de bewaarplicht is opgeheven.");
        Assert.Contains("Bewaarplicht geplaatst", Timeline(saved), StringComparison.Ordinal);
        Assert.Contains("Er loopt een klacht bij de klachtencommissie.", saved.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hold_without_a_reason_and_a_request_that_does_not_fit_are_refused_in_Dutch_with_the_input_kept()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Lead);
        var page = await client.GetPageAsync(Url(id));

        using var noReason = await client.SubmitAsync(page, $"{Url(id)}?handler=Plaatsen", new Dictionary<string, string> { ["Reason"] = "  " }, Hold);
        await RefusedAsync(noReason, HttpStatusCode.UnprocessableEntity, "Vul de reden voor de bewaarplicht in.");
        using var tooYoung = await client.SubmitAsync(page, $"{Url(id)}?handler=Verzoek", new Dictionary<string, string> { ["Requester"] = "Child", ["ChildAge"] = "13", ["ReceivedOn"] = "2026-11-17" }, Request);
        var refused = await RefusedAsync(tooYoung, HttpStatusCode.UnprocessableEntity, "Dit kind is 13: de ouders met gezag vragen het.");

        Assert.Equal("13", Value(refused, "input#ChildAge"));
        Assert.Equal("2026-11-17", Value(refused, "input#ReceivedOn"));
        Assert.NotNull(refused.QuerySelector("input#Requester-kind[checked]"));
        Assert.Equal(1, await _factory.ChronologyCountAsync(id));
    }

    [Fact]
    public async Task The_lead_grants_a_request_and_the_dossier_is_gone_for_everyone()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Lead);
        var page = await client.GetPageAsync(Url(id));
        using (var recorded = await client.SubmitAsync(page, $"{Url(id)}?handler=Verzoek", new Dictionary<string, string> { ["Requester"] = "ParentWithAuthority", ["ChildAge"] = "9", ["ReceivedOn"] = "2026-11-17" }, Request))
        {
            await client.SavedAsync(recorded, id, "Het verzoek tot vernietiging is vastgelegd. Neem er een besluit over.");
        }

        page = await client.GetPageAsync(Url(id));
        using var granted = await client.SubmitAsync(page, $"{Url(id)}?handler=Besluit", new Dictionary<string, string> { ["Grant"] = "true", ["Reason"] = "De zorgen bleken ongegrond." }, Decision);

        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        Assert.Equal("/dossiers", granted.Headers.Location!.OriginalString);
        var list = await client.GetPageAsync("/dossiers");
        Assert.Equal("Het dossier is vernietigd. Er is alleen een verwijderverslag bewaard, zonder inhoud.", list.QuerySelector(".notice")!.TextContent);
        await client.GetPageAsync($"/dossiers/{id}", HttpStatusCode.NotFound);
        using var privacy = await _factory.SignedInAsync(PrivacyOfficer);
        var records = await privacy.GetPageAsync("/privacy/bewaren");
        Assert.Contains("vernietigd op verzoek. Reden: De zorgen bleken ongegrond.", records.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_owner_reads_Bewaren_but_gets_no_forms_and_may_not_post()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);

        var page = await client.GetPageAsync(Url(id));
        using var post = await client.SubmitAsync(await client.GetPageAsync($"/dossiers/{id}"), $"{Url(id)}?handler=Plaatsen", new Dictionary<string, string> { ["Reason"] = "Ik wil het bewaren." }, "form.account__signout");

        Assert.Null(page.QuerySelector(Hold));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(1, await _factory.ChronologyCountAsync(id));
    }

    [Fact]
    public async Task The_lead_of_another_team_does_not_find_the_page() =>
        await _factory.AssertHiddenFromAsync(OtherTeamLead, Url(await DossierSeed.CreateAsync(_factory)), new Dictionary<string, string> { ["Reason"] = "x" }, $"/dossiers/{Guid.Empty}/bewaren?handler=Plaatsen");

    [Fact]
    public async Task The_privacy_officer_places_a_hold_by_number_and_an_unknown_number_is_refused_with_the_input_kept()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(PrivacyOfficer);
        var page = await client.GetPageAsync("/privacy/bewaren");

        using var unknown = await client.SubmitAsync(page, "/privacy/bewaren?handler=Plaatsen", new Dictionary<string, string> { ["Number"] = "1999-9999", ["Reason"] = "Onderzoek van de AP." }, "main form[action*='handler=Plaatsen']");
        var refused = await RefusedAsync(unknown, HttpStatusCode.UnprocessableEntity, "Er is geen dossier met nummer 1999-9999 in jullie organisatie. Controleer het nummer.");
        Assert.Equal("1999-9999", Value(refused, "input#Number"));
        Assert.Equal("Onderzoek van de AP.", refused.QuerySelector("textarea#Reason")!.TextContent);

        var dossierNumber = _factory.WithDatabase(context => context.Dossiers.Single(d => d.Id == id).Number);
        using var placed = await client.SubmitAsync(page, "/privacy/bewaren?handler=Plaatsen", new Dictionary<string, string> { ["Number"] = dossierNumber, ["Reason"] = "Onderzoek van de AP." }, "main form[action*='handler=Plaatsen']");
        Assert.Equal(HttpStatusCode.Redirect, placed.StatusCode);
        var list = await client.GetPageAsync("/privacy/bewaren");
        Assert.Contains(dossierNumber, list.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        await client.GetPageAsync($"/dossiers/{id}", HttpStatusCode.NotFound);
    }
}
