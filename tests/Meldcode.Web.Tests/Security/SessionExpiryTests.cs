using System.Net;
using System.Text.Json;
using Meldcode.Web.Tests.Support;

namespace Meldcode.Web.Tests.Security;

/// <summary>
/// What the session-expiry warning relies on: every page says when its session ends (as the cookie handler slid it or
/// not), asking how long it lasts does not extend it, and "Ingelogd blijven" (with the antiforgery token) does.
/// </summary>
public sealed class SessionExpiryTests : IDisposable
{
    private const string Sanne = "Sanne de Vries";

    private readonly MeldcodeFactory _factory = new();

    [Fact]
    public async Task A_page_says_when_its_session_ends_and_shows_the_warning_and_the_ended_notice_only_when_needed()
    {
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync(Sanne);

        var page = await client.GetPageAsync("/");
        _factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var fiveMinutesLater = await client.GetPageAsync("/");
        _factory.Clock.Advance(TimeSpan.FromMinutes(11));
        var pastHalfTheIdleTime = await client.GetPageAsync("/");

        Assert.Equal("1800", Warning(page).GetAttribute("data-session-ends-in"));
        Assert.Equal("300", Warning(page).GetAttribute("data-session-warn-before"));
        Assert.Equal("true", Warning(page).GetAttribute("data-session-can-extend"));
        var warning = page.GetElementById("sessie-waarschuwing")!;
        Assert.Equal("alertdialog", warning.GetAttribute("role"));
        Assert.True(warning.HasAttribute("hidden"));
        Assert.Equal("Je wordt over 5 minuten uitgelogd omdat je een tijd niets hebt gedaan. Wat je typt blijft als concept bewaard.", page.GetElementById("sessie-waarschuwing-tekst")!.TextContent);
        Assert.Equal("Ingelogd blijven", warning.QuerySelector("button")!.TextContent);
        Assert.Equal("/inloggen?terug=%2F", page.GetElementById("sessie-afgelopen")!.QuerySelector("a")!.GetAttribute("href"));

        // The cookie slides once more than half its idle time has passed, not before: the page says what the cookie does.
        Assert.Equal("1500", Warning(fiveMinutesLater).GetAttribute("data-session-ends-in"));
        Assert.Equal("1800", Warning(pastHalfTheIdleTime).GetAttribute("data-session-ends-in"));
    }

    [Fact]
    public async Task A_page_without_a_session_has_no_session_timer()
    {
        using var client = _factory.CreateBrowser();

        var page = await client.GetPageAsync("/inloggen");

        Assert.Null(page.GetElementById("sessie-waarschuwing"));
        Assert.Null(page.QuerySelector("[data-session-ends-in]"));
    }

    [Fact]
    public async Task Asking_how_long_the_session_lasts_does_not_extend_it()
    {
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync(Sanne);
        _factory.Clock.Advance(TimeSpan.FromMinutes(20));

        var status = await StatusAsync(client);
        _factory.Clock.Advance(TimeSpan.FromMinutes(11));
        using var afterwards = await client.GetAsync(new Uri("/", UriKind.Relative));
        using var askedRequest = new HttpRequestMessage(HttpMethod.Get, new Uri("/sessie", UriKind.Relative));
        askedRequest.Headers.Accept.ParseAdd("application/json");
        using var asked = await client.SendAsync(askedRequest);

        Assert.Equal(600, status.GetProperty("endsIn").GetInt32());
        Assert.True(status.GetProperty("canExtend").GetBoolean());
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.StartsWith("/inloggen", afterwards.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, asked.StatusCode);
    }

    [Fact]
    public async Task Staying_signed_in_renews_the_session_from_that_moment()
    {
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync(Sanne);
        var page = await client.GetPageAsync("/");
        _factory.Clock.Advance(TimeSpan.FromMinutes(26));

        using var stay = await StayAsync(client, Token(page));
        _factory.Clock.Advance(TimeSpan.FromMinutes(29));
        var status = await StatusAsync(client);

        Assert.Equal(HttpStatusCode.OK, stay.StatusCode);
        using var answer = JsonDocument.Parse(await stay.Content.ReadAsStringAsync());
        Assert.Equal(1800, answer.RootElement.GetProperty("endsIn").GetInt32());
        Assert.Equal("no-store", stay.Headers.CacheControl!.ToString());
        Assert.Equal(60, status.GetProperty("endsIn").GetInt32());
    }

    [Fact]
    public async Task Staying_signed_in_needs_the_antiforgery_token_and_a_session()
    {
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync(Sanne);
        var page = await client.GetPageAsync("/");
        using var anonymous = _factory.CreateClient();
        anonymous.DefaultRequestHeaders.Accept.ParseAdd("application/json");

        using var withoutToken = await StayAsync(client, token: null);
        using var withoutSession = await StayAsync(anonymous, Token(page));
        _factory.Clock.Advance(TimeSpan.FromMinutes(26));
        var status = await StatusAsync(client);

        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withoutSession.StatusCode);
        Assert.Equal(240, status.GetProperty("endsIn").GetInt32());
    }

    [Fact]
    public async Task Staying_signed_in_does_not_move_the_absolute_end_and_the_page_says_so()
    {
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync(Sanne);
        for (var hour = 0; hour < 29; hour++)
        {
            _factory.Clock.Advance(TimeSpan.FromMinutes(20));
            using var during = await client.GetAsync(new Uri("/", UriKind.Relative));
        }

        _factory.Clock.Advance(TimeSpan.FromMinutes(10));
        var page = await client.GetPageAsync("/");
        using var stay = await StayAsync(client, Token(page));

        Assert.Equal("600", Warning(page).GetAttribute("data-session-ends-in"));
        Assert.Equal("false", Warning(page).GetAttribute("data-session-can-extend"));
        using var answer = JsonDocument.Parse(await stay.Content.ReadAsStringAsync());
        Assert.Equal(600, answer.RootElement.GetProperty("endsIn").GetInt32());
        Assert.False(answer.RootElement.GetProperty("canExtend").GetBoolean());
    }

    public void Dispose() => _factory.Dispose();

    private static AngleSharp.Dom.IElement Warning(AngleSharp.Html.Dom.IHtmlDocument page) => page.GetElementById("sessie-waarschuwing")!;

    private static string Token(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    private static async Task<HttpResponseMessage> StayAsync(HttpClient client, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/sessie", UriKind.Relative));
        request.Headers.Accept.ParseAdd("application/json");
        if (token is not null)
        {
            request.Headers.Add("RequestVerificationToken", token);
        }

        return await client.SendAsync(request);
    }

    private static async Task<JsonElement> StatusAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/sessie", UriKind.Relative));
        request.Headers.Accept.ParseAdd("application/json");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
