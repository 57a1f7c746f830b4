using System.Net;
using Meldcode.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Meldcode.Web.Tests.Security;

/// <summary>
/// X-Forwarded-For is believed only from the proxies the operator lists (ReverseProxy:KnownProxies/KnownNetworks),
/// not from loopback by default; the sign-in rate limit counts per client address as those proxies report it.
/// </summary>
public sealed class ForwardedHeadersTests
{
    [Fact]
    public async Task From_an_untrusted_address_a_varying_X_Forwarded_For_does_not_escape_the_sign_in_limit()
    {
        using var factory = Factory(peer: IPAddress.Loopback);
        using var client = factory.CreateBrowser();

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            using var allowed = await SignInFromAsync(client, $"198.51.100.{attempt}");
            Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
        }

        using var refused = await SignInFromAsync(client, "198.51.100.99");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
    }

    [Fact]
    public async Task Behind_a_configured_proxy_two_forwarded_client_addresses_get_separate_limits()
    {
        using var factory = Factory(peer: IPAddress.Parse("10.1.2.3")).WithSetting("ReverseProxy:KnownProxies:0", "10.1.2.3");
        using var client = factory.CreateBrowser();

        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var allowed = await SignInFromAsync(client, "198.51.100.1");
            Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
        }

        using var refused = await SignInFromAsync(client, "198.51.100.1");
        using var other = await SignInFromAsync(client, "198.51.100.2");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
    }

    private static MeldcodeFactory Factory(IPAddress peer) =>
        new MeldcodeFactory()
            .WithIdentityProvider()
            .WithSetting("Authentication:SignInRateLimit:PermitLimit", "3")
            .WithServices(services => services.AddSingleton<IStartupFilter>(new PeerAddressFilter(peer)));

    private static Task<HttpResponseMessage> SignInFromAsync(HttpClient client, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/inloggen", UriKind.Relative));
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return client.SendAsync(request);
    }

    /// <summary>The in-memory test server has no network peer; this gives every request the peer address it would have.</summary>
    private sealed class PeerAddressFilter(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
