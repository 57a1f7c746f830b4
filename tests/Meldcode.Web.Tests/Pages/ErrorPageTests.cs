using System.Net;
using System.Security.Claims;
using Meldcode.Web.Tests.Security;
using Meldcode.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Meldcode.Web.Tests.Pages;

public sealed class ErrorPageTests
{
    [Theory]
    [InlineData(400, "Dit verzoek klopt niet")]
    [InlineData(403, "Geen toegang")]
    [InlineData(404, "Pagina niet gevonden")]
    [InlineData(500, "Er ging iets mis")]
    public async Task Each_error_has_a_Dutch_page(int statusCode, string title)
    {
        using var factory = new MeldcodeFactory();
        using var client = factory.CreateBrowser();

        var page = await client.GetPageAsync($"/fout/{statusCode}");

        Assert.Equal(title, page.QuerySelector("h1")!.TextContent);
        Assert.StartsWith(title, page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unexpected_failure_in_production_shows_the_Dutch_500_page_without_any_internals()
    {
        using var factory = ProductionWithFailingEndpoint();
        using var client = factory.CreateBrowser();

        using var response = await client.GetAsync(new Uri(SecurityHeadersTests.FailingEndpointFilter.Path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Er ging iets mis", html, StringComparison.Ordinal);
        Assert.DoesNotContain("7f3a", html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", html, StringComparison.Ordinal);
        SecurityHeadersTests.AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task In_development_the_500_page_adds_the_exception_details()
    {
        using var factory = new MeldcodeFactory()
            .WithServices(services => services.AddSingleton<IStartupFilter, SecurityHeadersTests.FailingEndpointFilter>());
        using var client = factory.CreateBrowser();
        await client.SignInAsAsync("Sanne de Vries");

        var page = await client.GetPageAsync(SecurityHeadersTests.FailingEndpointFilter.Path, HttpStatusCode.InternalServerError);

        Assert.Contains("Simulated failure with secret detail 7f3a", page.QuerySelector("pre")!.TextContent, StringComparison.Ordinal);
    }

    private static MeldcodeFactory ProductionWithFailingEndpoint()
    {
        var factory = new MeldcodeFactory()
            .InEnvironment(Environments.Production)
            .WithIdentityProvider()
            .WithMigratedDatabase()
            .WithServices(services => services.AddSingleton<IStartupFilter, SecurityHeadersTests.FailingEndpointFilter>()
                .AddSingleton<IStartupFilter, SignedInRequestFilter>());
        return factory;
    }

    /// <summary>Production has no demo sign-in yet; this signs every request in, so the failing endpoint is reached past authorization.</summary>
    private sealed class SignedInRequestFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate nextMiddleware) =>
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity(
                    [new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()), new Claim(ClaimTypes.Role, "Professional")], "Test"));
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
