using System.Net;
using Meldcode.Web.Tests.Support;

namespace Meldcode.Web.Tests.Dossiers;

public sealed class OverviewTests : IClassFixture<MeldcodeFactory>
{
    private readonly MeldcodeFactory _factory;

    public OverviewTests(MeldcodeFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task The_overview_shows_the_step_rail_the_next_step_the_record_and_the_timeline()
    {
        var id = await DossierSeed.CreateAsync(_factory, stage: SeedStage.ReadyToWeigh);
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync("Sanne de Vries");

        var page = await client.GetPageAsync($"/dossiers/{id}");

        var steps = page.QuerySelectorAll(".step-rail li").Select(li => li.TextContent).ToList();
        Assert.Equal(5, steps.Count);
        Assert.Contains("Gedaan", steps[0], StringComparison.Ordinal);
        Assert.Contains("Nog niet begonnen", steps[3], StringComparison.Ordinal);
        Assert.Contains("vraag 1: vermoeden", page.QuerySelector(".next-action")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Blauwe plek op de linker bovenarm", page.QuerySelector("#stap1")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal(4, page.QuerySelectorAll(".timeline__entry").Length);
        Assert.Equal("Acuut gevaar: wat nu?", page.QuerySelector(".dossier-header .button--acute")!.TextContent);
    }

    [Fact]
    public async Task The_saved_confirmation_is_shown_once_to_the_one_who_saved_and_not_to_whoever_opens_the_same_address()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var owner = _factory.CreateBrowser();
        await owner.SignInAsAsync("Sanne de Vries");
        using var lead = _factory.CreateBrowser();
        await lead.SignInAsAsync("Mehmet Yılmaz");

        var location = await owner.FillInAndFollowAsync($"/dossiers/{id}/opmerking", new Dictionary<string, string> { ["Text"] = "Moeder belde." });

        Assert.Equal($"/dossiers/{id}", location);
        Assert.Null((await lead.GetPageAsync(location)).QuerySelector(".notice"));
        Assert.Equal("Je opmerking is toegevoegd.", (await owner.GetPageAsync(location)).QuerySelector(".notice")!.TextContent);
        Assert.Null((await owner.GetPageAsync(location)).QuerySelector(".notice"));
        Assert.Null((await owner.GetPageAsync($"{location}?opgeslagen=opmerking")).QuerySelector(".notice"));
    }

    [Fact]
    public async Task The_next_step_is_an_instruction_for_the_owner_and_for_the_lead_says_whose_step_it_is_and_what_the_lead_can_do()
    {
        var id = await DossierSeed.CreateAsync(_factory, stage: SeedStage.ReadyToWeigh);
        using var owner = _factory.CreateBrowser();
        await owner.SignInAsAsync("Sanne de Vries");
        using var lead = _factory.CreateBrowser();
        await lead.SignInAsAsync("Mehmet Yılmaz");

        var ownersView = (await owner.GetPageAsync($"/dossiers/{id}")).QuerySelector(".next-action")!;
        var leadsView = (await lead.GetPageAsync($"/dossiers/{id}")).QuerySelector(".next-action")!;

        Assert.StartsWith("Volgende stap: Weeg: beantwoord vraag 1: vermoeden", DossierPages.Squash(ownersView.TextContent), StringComparison.Ordinal);
        Assert.Equal($"/dossiers/{id}/weging/1", ownersView.QuerySelector("a")!.GetAttribute("href"));
        Assert.Null(ownersView.QuerySelector(".next-action__yours"));

        var leadText = DossierPages.Squash(leadsView.TextContent);
        Assert.StartsWith("Volgende stap voor Sanne de Vries (eigenaar): Vraag 1: vermoeden van het afwegingskader beantwoorden (stap 4).", leadText, StringComparison.Ordinal);
        Assert.DoesNotContain("Weeg:", leadText, StringComparison.Ordinal);
        Assert.Equal(
            [$"/dossiers/{id}/consultatie", $"/dossiers/{id}/opmerking"],
            leadsView.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task The_dossier_list_shows_the_users_dossiers_and_a_lead_sees_the_team_but_another_teams_lead_does_not()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var owner = _factory.CreateBrowser();
        await owner.SignInAsAsync("Sanne de Vries");
        using var lead = _factory.CreateBrowser();
        await lead.SignInAsAsync("Mehmet Yılmaz");
        using var otherLead = _factory.CreateBrowser();
        await otherLead.SignInAsAsync("Johan Bakker");

        var ownList = await owner.GetPageAsync("/dossiers");
        var leadList = await lead.GetPageAsync("/dossiers");
        var otherList = await otherLead.GetPageAsync("/dossiers");

        Assert.Contains(ownList.QuerySelectorAll("table.list a"), a => a.GetAttribute("href") == $"/dossiers/{id}");
        Assert.Contains(leadList.QuerySelectorAll("table.list a"), a => a.GetAttribute("href") == $"/dossiers/{id}");
        Assert.DoesNotContain(otherList.QuerySelectorAll("table.list a"), a => a.GetAttribute("href") == $"/dossiers/{id}");
        await otherLead.GetPageAsync($"/dossiers/{id}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_professional_opens_a_dossier_with_a_form_and_lands_on_its_overview()
    {
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync("Anna Kowalczyk");
        var form = await client.GetPageAsync("/dossiers/nieuw");

        using var response = await client.SubmitAsync(form, "/dossiers/nieuw", new Dictionary<string, string>
        {
            ["FirstName"] = "Noah",
            ["LastName"] = "<script>alert(1)</script>",
            ["DateOfBirth"] = "2018-03-04",
            ["Group"] = "groep 3",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var overview = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Het dossier is geopend.", overview.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Noah <script>alert(1)</script>", overview.QuerySelector(".dossier-header__child")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(overview.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task Opening_a_dossier_without_the_childs_details_shows_Dutch_messages()
    {
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync("Anna Kowalczyk");
        var form = await client.GetPageAsync("/dossiers/nieuw");

        using var response = await client.SubmitAsync(form, "/dossiers/nieuw", new Dictionary<string, string> { ["DateOfBirth"] = "geen datum" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await Browser.ParseAsync(response);
        var errors = page.QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("Vul de voornaam van het kind in.", errors, StringComparison.Ordinal);
        Assert.Contains("Vul de geboortedatum van het kind in.", errors, StringComparison.Ordinal);
    }
}
