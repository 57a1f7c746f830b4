using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Meldcode.Web.Tests.Support;

namespace Meldcode.Web.Tests.Pages;

/// <summary>The Week tegen Kindermishandeling: on every start page during the week, set by the functioneel beheerder.</summary>
public sealed class CampaignWeekTests : IDisposable
{
    private const string WeekForm = "main form[action*='handler=Week']";
    private readonly MeldcodeFactory _factory = new(); // its clock: Wednesday 18 November 2026

    [Theory]
    [InlineData("Sanne de Vries")]
    [InlineData("Nguyễn Thị Lan")]
    [InlineData("Peter Jansen")]
    public async Task During_the_week_every_start_page_shows_the_theme_the_dates_a_link_to_join_and_Veilig_Thuis(string name)
    {
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync(name);

        var start = await client.GetPageAsync("/");

        var block = start.QuerySelector("section[aria-labelledby='campagne']")!;
        Assert.Contains("… dichterbij dan je denkt", block.TextContent, StringComparison.Ordinal);
        Assert.Contains("18 november t/m 24 november", block.TextContent, StringComparison.Ordinal);
        Assert.Equal("Doe mee aan een dilemmasessie", block.QuerySelector("a[href='/doe-mee']")!.TextContent);
        Assert.Equal("0800-2000", block.QuerySelector("a[href='tel:08002000']")!.TextContent);
    }

    [Fact]
    public async Task Outside_the_week_the_start_page_shows_no_campaign()
    {
        _factory.Clock.Advance(TimeSpan.FromDays(7)); // 25 November
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync("Sanne de Vries");

        var start = await client.GetPageAsync("/");

        Assert.Null(start.QuerySelector("section[aria-labelledby='campagne']"));
        Assert.Null(start.QuerySelector("a[href='/doe-mee']"));
    }

    [Fact]
    public async Task The_administrator_sets_another_week_and_theme_and_wrong_dates_are_refused_in_Dutch()
    {
        using var admin = _factory.CreateBrowser();
        await admin.SignInAsAsync("Peter Jansen");
        var page = await admin.GetPageAsync("/beheer/organisatie");
        Assert.Equal("18", page.QuerySelector<IHtmlInputElement>("#WeekStartDay")!.Value);

        using var refused = await admin.SubmitAsync(page, "/beheer/organisatie?handler=Week", Week("1", "11", "30", "11", "Ons thema"), WeekForm);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var again = await Browser.ParseAsync(refused);
        Assert.Equal("De laatste dag ligt hoogstens 14 dagen na de eerste dag.", again.GetElementById("WeekEndDay-fout")!.TextContent.Trim());
        Assert.Equal("30", again.QuerySelector<IHtmlInputElement>("#WeekEndDay")!.Value);
        Assert.Equal(1, again.QuerySelectorAll(".error-summary").Length);

        using var saved = await admin.SubmitAsync(page, "/beheer/organisatie?handler=Week", Week("16", "11", "22", "11", "Samen kijken we beter"), WeekForm);
        Assert.Equal("/beheer/organisatie", saved.Headers.Location!.OriginalString);
        var start = await admin.GetPageAsync("/");
        Assert.Contains("Samen kijken we beter", start.QuerySelector("section[aria-labelledby='campagne']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("16 november t/m 22 november", start.QuerySelector("section[aria-labelledby='campagne']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nonsense_in_the_week_form_is_refused_not_a_500()
    {
        using var admin = _factory.CreateBrowser();
        await admin.SignInAsAsync("Peter Jansen");
        var page = await admin.GetPageAsync("/beheer/organisatie");

        using var refused = await admin.SubmitAsync(page, "/beheer/organisatie?handler=Week", Week("abc", "99999999999", "-1", "0", new string('t', 5_000)), WeekForm);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var again = await Browser.ParseAsync(refused);
        Assert.Equal("Het thema van de week mag hoogstens 200 tekens lang zijn. Nu zijn het er 5.000.", again.GetElementById("WeekTheme-fout")!.TextContent.Trim());
    }

    public void Dispose() => _factory.Dispose();

    private static Dictionary<string, string> Week(string startDay, string startMonth, string endDay, string endMonth, string theme) => new()
    {
        ["WeekStartDay"] = startDay,
        ["WeekStartMonth"] = startMonth,
        ["WeekEndDay"] = endDay,
        ["WeekEndMonth"] = endMonth,
        ["WeekTheme"] = theme,
    };
}
