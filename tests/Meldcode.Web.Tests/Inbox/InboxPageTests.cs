using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Domain.Common;
using Meldcode.Domain.Inbox;
using Meldcode.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Web.Tests.Inbox;

/// <summary>The postvak page: Mehmet (aandachtsfunctionaris of Sanne's team) sees a new dossier of Sanne's, marks it "Gezien", and Sanne sees that on her dossier.</summary>
public sealed class InboxPageTests : IClassFixture<MeldcodeFactory>
{
    private readonly MeldcodeFactory _factory;

    public InboxPageTests(MeldcodeFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task The_aandachtsfunctionaris_sees_a_new_dossier_of_the_team_without_the_childs_name_and_a_count_in_the_menu()
    {
        var (dossierId, itemId, number) = await NewDossierWithItemAsync();
        using var mehmet = _factory.CreateBrowser();
        await mehmet.SignInAsAsync("Mehmet Yılmaz");

        var page = await mehmet.GetPageAsync("/postvak");

        var row = RowOf(page, itemId);
        Assert.Contains($"Sanne de Vries heeft dossier {number} geopend.", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Nieuw", row.QuerySelector("td[data-label='Stand']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/dossiers/{dossierId}", row.QuerySelector("td[data-label='Dossier'] a")!.GetAttribute("href"));
        Assert.DoesNotContain("Mila", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var menuLink = page.QuerySelectorAll("nav.main-nav a").Single(a => a.GetAttribute("href") == "/postvak");
        Assert.Matches(@"^Postvak \d+ \(\d+ nieuw\)$", Regex.Replace(menuLink.TextContent, @"\s+", " ").Trim());
        Assert.Equal("true", menuLink.QuerySelector(".badge--count")!.GetAttribute("aria-hidden"));
    }

    [Fact]
    public async Task Gezien_is_posted_with_antiforgery_and_shows_on_the_professionals_dossier()
    {
        var (dossierId, itemId, _) = await NewDossierWithItemAsync();
        using var mehmet = _factory.CreateBrowser();
        await mehmet.SignInAsAsync("Mehmet Yılmaz");
        using var sanne = _factory.CreateBrowser();
        await sanne.SignInAsAsync("Sanne de Vries");
        Assert.Contains("Nog niet gezien", AtTheLead(await sanne.GetPageAsync($"/dossiers/{dossierId}")), StringComparison.Ordinal);

        using var posted = await PostItemFormAsync(mehmet, await mehmet.GetPageAsync("/postvak"), itemId, "Acknowledge");

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var after = await mehmet.GetPageAsync(posted.Headers.Location!.OriginalString);
        Assert.Equal("Het bericht staat op gezien.", after.QuerySelector(".notice")!.TextContent);
        Assert.StartsWith("Gezien door Mehmet Yılmaz op ", RowOf(after, itemId).QuerySelector("td[data-label='Stand']")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Matches(@"Dossier geopend .*: Gezien door Mehmet Yılmaz op \d{2}-\d{2}-\d{4} om \d{2}:\d{2}", AtTheLead(await sanne.GetPageAsync($"/dossiers/{dossierId}")));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_changes_nothing()
    {
        var (_, itemId, _) = await NewDossierWithItemAsync();
        using var mehmet = _factory.CreateBrowser();
        await mehmet.SignInAsAsync("Mehmet Yılmaz");

        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["ItemId"] = itemId.ToString(), ["Version"] = "1" });
        using var response = await mehmet.PostAsync(new Uri("/postvak?handler=Acknowledge", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(InboxItemStatus.New, _factory.WithDatabase(c => c.InboxItems.AsNoTracking().Single(i => i.Id == itemId).Status));
    }

    [Fact]
    public async Task A_form_shown_before_a_colleague_marked_the_item_gives_the_conflict_message_on_the_page()
    {
        var (_, itemId, _) = await NewDossierWithItemAsync();
        using var mehmet = _factory.CreateBrowser();
        await mehmet.SignInAsAsync("Mehmet Yılmaz");
        var stale = await mehmet.GetPageAsync("/postvak");
        using (var first = await PostItemFormAsync(mehmet, stale, itemId, "Acknowledge"))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        using var second = await PostItemFormAsync(mehmet, stale, itemId, "Complete");

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var page = await Browser.ParseAsync(second);
        Assert.Contains(ConcurrencyConflictException.GeneralDutchMessage, page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(InboxItemStatus.Acknowledged, _factory.WithDatabase(c => c.InboxItems.AsNoTracking().Single(i => i.Id == itemId).Status));
    }

    [Fact]
    public async Task An_unknown_item_is_not_found_and_another_teams_lead_cannot_mark_the_item()
    {
        var (_, itemId, _) = await NewDossierWithItemAsync();
        using var mehmet = _factory.CreateBrowser();
        await mehmet.SignInAsAsync("Mehmet Yılmaz");
        var page = await mehmet.GetPageAsync("/postvak");
        using var unknown = await PostItemFormAsync(mehmet, page, itemId, "Acknowledge", overrideItemId: Guid.NewGuid());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        using var ineke = _factory.CreateBrowser(); // aandachtsfunctionaris of another team
        await ineke.SignInAsAsync("Ineke Smit");
        var hers = await ineke.GetPageAsync("/postvak");
        Assert.Null(hers.QuerySelector($"main form input[name=ItemId][value='{itemId}']"));
        using var refused = await PostItemFormAsync(ineke, page, itemId, "Acknowledge", token: TokenOf(hers));

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(InboxItemStatus.New, _factory.WithDatabase(c => c.InboxItems.AsNoTracking().Single(i => i.Id == itemId).Status));
    }

    [Fact]
    public async Task The_filters_show_open_done_and_all_items_and_an_empty_postvak_says_so()
    {
        using var sanne = _factory.CreateBrowser();
        await sanne.SignInAsAsync("Sanne de Vries");

        var open = await sanne.GetPageAsync("/postvak");
        var done = await sanne.GetPageAsync("/postvak?filter=afgehandeld");
        var unknownFilter = await sanne.GetPageAsync("/postvak?filter=%3Cscript%3E&pagina=abc");

        Assert.Equal("Er staan geen open berichten in je postvak.", open.QuerySelector("main p.panel")!.TextContent);
        Assert.Equal("Er zijn nog geen afgehandelde berichten.", done.QuerySelector("main p.panel")!.TextContent);
        Assert.Equal("page", done.QuerySelectorAll("nav.sub-nav a").Single(a => a.TextContent == "Afgehandeld").GetAttribute("aria-current"));
        Assert.Equal("page", unknownFilter.QuerySelectorAll("nav.sub-nav a").Single(a => a.TextContent == "Open").GetAttribute("aria-current"));
    }

    private static IHtmlTableRowElement RowOf(IHtmlDocument page, Guid itemId) =>
        page.QuerySelectorAll<IHtmlTableRowElement>("main table.list tbody tr")
            .Single(r => r.QuerySelectorAll<IHtmlInputElement>("input[name=ItemId]").Any(i => i.Value == itemId.ToString()));

    private static string AtTheLead(IHtmlDocument page) => page.QuerySelector("#bij-de-aandachtsfunctionaris")!.ParentElement!.TextContent;

    private static string TokenOf(IHtmlDocument page) =>
        page.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;

    /// <summary>Posts the item's "Gezien" or "Afgehandeld" form as the page showed it (its version, its antiforgery token), optionally with another item id or token.</summary>
    private static async Task<HttpResponseMessage> PostItemFormAsync(HttpClient client, IHtmlDocument page, Guid itemId, string handler, Guid? overrideItemId = null, string? token = null)
    {
        var form = page.QuerySelectorAll<IHtmlFormElement>("main form")
            .First(f => f.GetAttribute("action")!.Contains($"handler={handler}", StringComparison.Ordinal)
                && f.QuerySelector<IHtmlInputElement>("input[name=ItemId]")!.Value == itemId.ToString());
        var fields = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]").ToDictionary(i => i.Name!, i => i.Value);
        if (overrideItemId is { } other)
        {
            fields["ItemId"] = other.ToString();
        }

        if (token is not null)
        {
            fields["__RequestVerificationToken"] = token;
        }

        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), content);
    }

    /// <summary>A dossier of Sanne's, and the "new dossier" item for her team's aandachtsfunctionarissen, as opening it through the use case makes it.</summary>
    private async Task<(Guid DossierId, Guid ItemId, string Number)> NewDossierWithItemAsync()
    {
        var dossierId = await DossierSeed.CreateAsync(_factory);
        return _factory.WithDatabase(c =>
        {
            var dossier = c.Dossiers.AsNoTracking().Single(d => d.Id == dossierId);
            var sanne = c.Users.AsNoTracking().Single(u => u.DisplayName == "Sanne de Vries");
            var item = InboxItem.ForTeamLeads(dossier.OrganisationId, dossier.TeamId, dossier.Id, InboxItemKind.DossierOpened, null, new Actor(sanne.Id, sanne.DisplayName), _factory.Clock.GetUtcNow());
            c.InboxItems.Add(item);
            c.SaveChanges();
            return (dossierId, item.Id, dossier.Number);
        });
    }
}
