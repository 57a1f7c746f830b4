using System.Net;
using Meldcode.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Meldcode.Web.Tests.Security;

public sealed class SecurityHeadersTests : IDisposable
{
    private readonly MeldcodeFactory _factory = new MeldcodeFactory()
        .WithServices(services => services.AddSingleton<IStartupFilter, FailingEndpointFilter>());

    public static TheoryData<string, HttpStatusCode> Responses => new()
    {
        { "/acuut-gevaar", HttpStatusCode.OK },
        { "/", HttpStatusCode.OK },
        { "/bestaat-niet", HttpStatusCode.NotFound },
        { "/css/site.css", HttpStatusCode.OK },
        { "/favicon.svg", HttpStatusCode.OK },
        { FailingEndpointFilter.Path, HttpStatusCode.InternalServerError },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Every_kind_of_response_carries_the_security_headers(string url, HttpStatusCode expected)
    {
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync("Sanne de Vries");

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task A_refused_form_post_gets_the_Dutch_400_page_with_the_security_headers()
    {
        using var client = _factory.CreateBrowser();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["UserId"] = Guid.NewGuid().ToString() });

        using var response = await client.PostAsync(new Uri("/inloggen", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Dit verzoek klopt niet", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Authenticated_pages_may_not_be_stored_by_any_cache()
    {
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync("Sanne de Vries");

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.True(response.Headers.CacheControl!.NoStore);
    }

    [Fact]
    public async Task Development_sends_no_HSTS_header()
    {
        using var client = _factory.CreateBrowser();

        using var response = await client.GetAsync(new Uri("/acuut-gevaar", UriKind.Relative));

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    public void Dispose() => _factory.Dispose();

    internal static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        var csp = Single(response, "Content-Security-Policy");
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("base-uri 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Single(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Single(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"));
    }

    private static string Single(HttpResponseMessage response, string name)
    {
        Assert.True(response.Headers.TryGetValues(name, out var values), $"Header {name} is missing on {response.RequestMessage?.RequestUri}.");
        return Assert.Single(values);
    }

    /// <summary>Adds an address that fails unexpectedly, behind the app's own pipeline, to see the 500 page.</summary>
    internal sealed class FailingEndpointFilter : IStartupFilter
    {
        public const string Path = "/test/onverwachte-fout";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, RequestDelegate nextMiddleware) =>
                context.Request.Path == Path
                    ? throw new InvalidOperationException("Simulated failure with secret detail 7f3a")
                    : nextMiddleware(context));
        };
    }
}
