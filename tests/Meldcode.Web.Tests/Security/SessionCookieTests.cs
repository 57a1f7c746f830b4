using System.Net;
using Meldcode.Web.Tests.Support;

namespace Meldcode.Web.Tests.Security;

public sealed class SessionCookieTests : IDisposable
{
    private readonly MeldcodeFactory _factory = new();

    [Fact]
    public async Task The_session_cookie_is_host_prefixed_secure_http_only_and_same_site_lax()
    {
        using var client = _factory.CreateBrowser();
        var page = await client.GetPageAsync("/inloggen");

        using var response = await client.SubmitAsync(page, "/inloggen", new Dictionary<string, string> { ["UserId"] = Browser.UserIdOf(page, "Sanne de Vries") });

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-Meldcode=", StringComparison.Ordinal));
        var attributes = cookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(a => a.ToLowerInvariant()).ToList();
        Assert.Contains("secure", attributes);
        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=lax", attributes);
        Assert.Contains("path=/", attributes);
        Assert.DoesNotContain(attributes, a => a.StartsWith("domain=", StringComparison.Ordinal));
        Assert.DoesNotContain(attributes, a => a.StartsWith("expires=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_session_ends_after_thirty_minutes_without_activity()
    {
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync("Sanne de Vries");
        await client.GetPageAsync("/");

        _factory.Clock.Advance(TimeSpan.FromMinutes(31));
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        AssertSentToSignIn(response);
    }

    [Fact]
    public async Task An_active_session_still_ends_ten_hours_after_signing_in()
    {
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync("Sanne de Vries");

        // A request every 20 minutes keeps the session from idling out: 29 of them bring us to 9h40.
        for (var request = 1; request <= 29; request++)
        {
            _factory.Clock.Advance(TimeSpan.FromMinutes(20));
            using var during = await client.GetAsync(new Uri("/", UriKind.Relative));
            Assert.True(during.StatusCode == HttpStatusCode.OK, $"Signed out at request {request}.");
        }

        _factory.Clock.Advance(TimeSpan.FromMinutes(20));
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        AssertSentToSignIn(response);
    }

    [Fact]
    public async Task The_antiforgery_cookie_is_http_only_and_same_site_strict()
    {
        using var client = _factory.CreateBrowser();

        using var response = await client.GetAsync(new Uri("/inloggen", UriKind.Relative));

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.Contains("Antiforgery", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=strict", cookie, StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();

    private static void AssertSentToSignIn(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/inloggen", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
