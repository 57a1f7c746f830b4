using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Meldcode.Domain.Common;
using Meldcode.Web.Tests.Dossiers;
using Meldcode.Web.Tests.Support;

namespace Meldcode.Web.Tests.StaffConcerns;

/// <summary>The staff-member-as-suspect route: raised by a staff member, handled by the board, invisible to everyone else.</summary>
public sealed class StaffConcernTests : IClassFixture<MeldcodeFactory>
{
    private readonly MeldcodeFactory _factory;

    public StaffConcernTests(MeldcodeFactory factory)
    {
        _factory = factory;
    }

    private string Today => DutchTime.Today(_factory.Clock.GetUtcNow()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_route_page_explains_the_duties_and_the_inspectors_number()
    {
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync("Anna Kowalczyk");

        var page = await client.GetPageAsync("/medewerker-meldingen");

        var route = page.QuerySelector("#route")!.ParentElement!.TextContent;
        Assert.Contains("Meldplicht", route, StringComparison.Ordinal);
        Assert.Contains("Overlegplicht", route, StringComparison.Ordinal);
        Assert.Contains("Aangifteplicht", route, StringComparison.Ordinal);
        Assert.Contains("zedenmisdrijven", route, StringComparison.Ordinal);
        Assert.Contains("direct naar de politie", route, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("a[href='tel:09001113111']"));
    }

    [Fact]
    public async Task A_concern_is_raised_by_a_staff_member_and_handled_by_the_board_while_others_cannot_see_it()
    {
        using var sanne = _factory.CreateBrowser();
        await sanne.SignInAsAsync("Sanne de Vries");
        using var raised = await sanne.FillInAsync("/medewerker-meldingen/nieuw", new Dictionary<string, string>
        {
            ["StaffMemberName"] = "Kees Smit",
            ["Description"] = "Op 17 november zag ik Kees <b>in de gymzaal</b> een kind bij de arm trekken.",
        });
        Assert.Equal(HttpStatusCode.Redirect, raised.StatusCode);
        var detailsUrl = raised.Headers.Location!.OriginalString;
        Assert.Matches("^/medewerker-meldingen/[0-9a-f-]{36}$", detailsUrl);
        var url = detailsUrl.Split('?')[0];

        var ownView = await sanne.GetPageAsync(detailsUrl);
        Assert.Equal("Je melding is doorgegeven aan het bevoegd gezag.", ownView.QuerySelector(".notice")!.TextContent);
        Assert.Equal("nog niet", Fact(ownView, "Gelezen door het bevoegd gezag"));
        Assert.Contains("Kees <b>in de gymzaal</b>", ownView.QuerySelector(".prose")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(ownView.QuerySelectorAll("main b"));
        Assert.Null(ownView.QuerySelector("main form"));
        Assert.Contains((await sanne.GetPageAsync("/medewerker-meldingen")).QuerySelectorAll("table.list a"), a => a.GetAttribute("href") == url);

        using var anna = _factory.CreateBrowser();
        await anna.SignInAsAsync("Anna Kowalczyk");
        await anna.GetPageAsync(url, HttpStatusCode.NotFound);
        Assert.DoesNotContain((await anna.GetPageAsync("/medewerker-meldingen")).QuerySelectorAll("table.list a"), a => a.GetAttribute("href") == url);

        using var willem = _factory.CreateBrowser();
        await willem.SignInAsAsync("Willem van den Berg");
        Assert.Contains((await willem.GetPageAsync("/medewerker-meldingen")).QuerySelectorAll("table.list a"), a => a.GetAttribute("href") == url);
        var boardView = await PostAndFollowAsync(willem, await willem.GetPageAsync(url), url, "Acknowledge", new Dictionary<string, string>());
        Assert.Equal(DutchTime.Moment(_factory.Clock.GetUtcNow()), Fact(boardView, "Gelezen door het bevoegd gezag"));
        Assert.Equal(Fact(boardView, "Gemeld op"), Fact(boardView, "Bevoegd gezag geïnformeerd"));
        Assert.Equal(DutchTime.Moment(_factory.Clock.GetUtcNow()), Fact(await sanne.GetPageAsync(url), "Gelezen door het bevoegd gezag"));

        var afterConsultation = await PostAndFollowAsync(willem, boardView, url, "Inspector", new Dictionary<string, string>
        {
            ["ConsultedOn"] = Today,
            ["Outcome"] = "De vertrouwensinspecteur ziet een redelijk vermoeden.",
            ["ReasonableSuspicion"] = "true",
            ["Grounds"] = "Twee collega's zagen hetzelfde.",
        });
        Assert.Equal("Het overleg met de vertrouwensinspecteur is vastgelegd.", afterConsultation.QuerySelector(".notice")!.TextContent);
        Assert.Equal("Ja", Fact(afterConsultation, "Redelijk vermoeden"));

        var policeValues = new Dictionary<string, string> { ["ReportedOn"] = Today, ["Reference"] = "PL0900-2026-4711" };
        using (var refused = await willem.SubmitFormAsync(afterConsultation, url, policeValues, HandlerForm("Police")))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            var page = await Browser.ParseAsync(refused);
            Assert.Contains("Informeer de medewerker en de ouders voordat je aangifte doet, en vink dat aan.", DossierPages.ErrorsOn(page), StringComparison.Ordinal);
            Assert.NotNull(page.QuerySelector(HandlerForm("Police")));
        }

        using (var onlyOne = await willem.SubmitFormAsync(afterConsultation, url, new Dictionary<string, string>(policeValues) { ["StaffMemberInformed"] = "true" }, HandlerForm("Police")))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, onlyOne.StatusCode);
        }

        var afterReport = await PostAndFollowAsync(willem, afterConsultation, url, "Police", new Dictionary<string, string>(policeValues)
        {
            ["StaffMemberInformed"] = "true",
            ["ParentsInformed"] = "true",
        });
        Assert.Equal("De aangifte is vastgelegd.", afterReport.QuerySelector(".notice")!.TextContent);
        Assert.Equal("PL0900-2026-4711", Fact(afterReport, "Kenmerk"));

        var closed = await PostAndFollowAsync(willem, afterReport, url, "Close", new Dictionary<string, string>());
        Assert.Equal("De melding is afgesloten.", closed.QuerySelector(".notice")!.TextContent);
        Assert.StartsWith("Afgesloten op", Fact(closed, "Stand"), StringComparison.Ordinal);
        Assert.Null(closed.QuerySelector("main form"));
        Assert.StartsWith("Afgesloten op", Fact(await sanne.GetPageAsync(url), "Stand"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_board_may_record_the_handling_of_a_concern()
    {
        using var sanne = _factory.CreateBrowser();
        await sanne.SignInAsAsync("Sanne de Vries");
        using var raised = await sanne.FillInAsync("/medewerker-meldingen/nieuw", new Dictionary<string, string> { ["StaffMemberName"] = "Kees Smit", ["Description"] = "Iets gezien." });
        var url = raised.Headers.Location!.OriginalString.Split('?')[0];
        var ownView = await sanne.GetPageAsync(url);

        using var response = await sanne.SubmitAsync(ownView, $"{url}?handler=Inspector", new Dictionary<string, string>
        {
            ["Version"] = "1",
            ["ConsultedOn"] = Today,
            ["Outcome"] = "Zelf ingevuld.",
            ["ReasonableSuspicion"] = "false",
            ["Grounds"] = "Zelf ingevuld.",
        }, formSelector: "header form");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Raising_a_concern_without_details_gets_Dutch_field_messages()
    {
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync("Sanne de Vries");

        using var response = await client.FillInAsync("/medewerker-meldingen/nieuw", new Dictionary<string, string> { ["Description"] = new string('x', Texts.LongMax + 1) });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await Browser.ParseAsync(response);
        Assert.Contains("Vul de naam van de medewerker in.", page.QuerySelector("#StaffMemberName-fout")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("De beschrijving van wat je zag of hoorde mag hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001.", page.QuerySelector("#Description-fout")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_a_concern_as_the_board_changes_nothing()
    {
        var url = await RaiseAsync();
        using var willem = await BoardAsync();

        var first = await willem.GetPageAsync(url);
        var second = await willem.GetPageAsync(url);

        Assert.Equal("nog niet", Fact(second, "Gelezen door het bevoegd gezag"));
        Assert.Equal(DossierPages.VersionOn(first, HandlerForm("Inspector")), DossierPages.VersionOn(second, HandlerForm("Inspector")));
        Assert.NotNull(second.QuerySelector(HandlerForm("Acknowledge")));
        Assert.Null(AcknowledgedAt(url));
    }

    [Fact]
    public async Task The_board_records_with_a_button_that_it_read_the_concern_and_the_raiser_sees_when()
    {
        var url = await RaiseAsync();
        using var willem = await BoardAsync();
        var page = await willem.GetPageAsync(url);
        Assert.Equal("Ik heb de melding gelezen", page.QuerySelector($"{HandlerForm("Acknowledge")} button")!.TextContent);

        var after = await PostAndFollowAsync(willem, page, url, "Acknowledge", new Dictionary<string, string>());

        var now = DutchTime.Moment(_factory.Clock.GetUtcNow());
        Assert.Equal("Vastgelegd: het bevoegd gezag heeft de melding gelezen.", after.QuerySelector(".notice")!.TextContent);
        Assert.Equal(now, Fact(after, "Gelezen door het bevoegd gezag"));
        Assert.Null(after.QuerySelector(HandlerForm("Acknowledge")));
        Assert.Equal(_factory.Clock.GetUtcNow(), AcknowledgedAt(url));
        using var sanne = _factory.CreateBrowser();
        await sanne.SignInAsAsync("Sanne de Vries");
        Assert.Equal(now, Fact(await sanne.GetPageAsync(url), "Gelezen door het bevoegd gezag"));
    }

    [Fact]
    public async Task A_second_post_keeps_the_moment_the_board_first_read_the_concern()
    {
        var url = await RaiseAsync();
        using var willem = await BoardAsync();
        var page = await willem.GetPageAsync(url);
        await PostAndFollowAsync(willem, page, url, "Acknowledge", new Dictionary<string, string>());
        var firstRead = _factory.Clock.GetUtcNow();
        _factory.Clock.Advance(TimeSpan.FromMinutes(5));

        var again = await PostAndFollowAsync(willem, page, url, "Acknowledge", new Dictionary<string, string>());

        Assert.Equal(DutchTime.Moment(firstRead), Fact(again, "Gelezen door het bevoegd gezag"));
        Assert.Equal(firstRead, AcknowledgedAt(url));
    }

    [Theory]
    [InlineData("Sanne de Vries")]
    [InlineData("Anna Kowalczyk")]
    public async Task Only_the_board_may_record_that_it_read_a_concern(string name)
    {
        var url = await RaiseAsync();
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync(name);
        var start = await client.GetPageAsync("/");

        using var response = await client.SubmitAsync(start, $"{url}?handler=Acknowledge", formSelector: "header form");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(AcknowledgedAt(url));
    }

    private static string HandlerForm(string handler) => $"main form[action$='handler={handler}']";

    /// <summary>Sanne raises a concern; returns the address of its page.</summary>
    private async Task<string> RaiseAsync()
    {
        using var sanne = _factory.CreateBrowser();
        await sanne.SignInAsAsync("Sanne de Vries");
        using var raised = await sanne.FillInAsync("/medewerker-meldingen/nieuw", new Dictionary<string, string> { ["StaffMemberName"] = "Kees Smit", ["Description"] = "Iets gezien." });
        Assert.Equal(HttpStatusCode.Redirect, raised.StatusCode);
        return raised.Headers.Location!.OriginalString.Split('?')[0];
    }

    private async Task<HttpClient> BoardAsync()
    {
        var willem = _factory.CreateBrowser();
        await willem.SignInAsAsync("Willem van den Berg");
        return willem;
    }

    private DateTimeOffset? AcknowledgedAt(string url)
    {
        var id = Guid.Parse(url.Split('/')[^1]);
        return _factory.WithDatabase(c => c.StaffConcerns.Single(s => s.Id == id).BoardAcknowledgedAt);
    }

    private static async Task<IHtmlDocument> PostAndFollowAsync(HttpClient client, IHtmlDocument page, string url, string handler, IDictionary<string, string> values)
    {
        using var response = await client.SubmitFormAsync(page, url, values, HandlerForm(handler));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            Assert.Fail($"{handler}: {(int)response.StatusCode} {DossierPages.ErrorsOn(await Browser.ParseAsync(response))}");
        }

        return await client.GetPageAsync(response.Headers.Location!.OriginalString);
    }

    /// <summary>The value next to a term in the page's first fact list with that term.</summary>
    private static string Fact(IHtmlDocument page, string term)
    {
        var dt = page.QuerySelectorAll("dl.facts dt").First(d => d.TextContent == term);
        return dt.NextElementSibling!.TextContent.Trim();
    }
}
