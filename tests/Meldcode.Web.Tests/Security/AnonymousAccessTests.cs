using System.Net;
using Meldcode.Web.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Meldcode.Web.Tests.Security;

/// <summary>Deny by default: every endpoint, enumerated from the app itself, needs a signed-in user unless it is on the allow-list.</summary>
public sealed class AnonymousAccessTests : IClassFixture<MeldcodeFactory>
{
    private static readonly HashSet<string> AllowList = new(StringComparer.Ordinal)
    {
        "inloggen",
        "inloggen/mislukt",
        "inloggen/extra-stap-nodig",
        "acuut-gevaar",
        "broncode",
        "fout/{statusCode:int?}",
        "health/live",
        "health/ready",
    };

    private readonly MeldcodeFactory _factory;

    public AnonymousAccessTests(MeldcodeFactory factory)
    {
        _factory = factory;
    }

    private List<RouteEndpoint> Endpoints()
    {
        _factory.CreateClient().Dispose(); // starts the app
        return _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
    }

    [Fact]
    public void Only_the_allow_list_is_open_to_anonymous_users()
    {
        var open = Endpoints()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => e.RoutePattern.RawText!.TrimStart('/'))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Equal(AllowList.Order(StringComparer.Ordinal), open.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_other_endpoint_sends_an_anonymous_browser_to_sign_in_and_answers_401_to_other_clients()
    {
        var guarded = Endpoints().Where(e => !AllowList.Contains(e.RoutePattern.RawText!.TrimStart('/'))).ToList();
        Assert.NotEmpty(guarded);

        foreach (var endpoint in guarded)
        {
            var url = UrlFor(endpoint);
            foreach (var method in MethodsOf(endpoint))
            {
                using var browser = _factory.CreateBrowser();
                using var browserResponse = await browser.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
                Assert.True(browserResponse.StatusCode == HttpStatusCode.Redirect, $"{method} {url} gave {browserResponse.StatusCode}");
                Assert.StartsWith("https://localhost/inloggen?terug=", browserResponse.Headers.Location!.ToString(), StringComparison.Ordinal);

                using var client = _factory.CreateClient();
                using var clientResponse = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
                Assert.True(clientResponse.StatusCode == HttpStatusCode.Unauthorized, $"{method} {url} gave {clientResponse.StatusCode}");
            }
        }
    }

    [Theory]
    [InlineData("/inloggen")]
    [InlineData("/acuut-gevaar")]
    [InlineData("/broncode")]
    [InlineData("/fout/404")]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task The_allow_listed_pages_open_without_signing_in(string url)
    {
        using var client = _factory.CreateBrowser();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_address_reveals_nothing_to_an_anonymous_user()
    {
        using var client = _factory.CreateBrowser();

        using var response = await client.GetAsync(new Uri("/beheer/geheim", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static Uri UrlFor(RouteEndpoint endpoint)
    {
        var segments = endpoint.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter => SampleValue(parameter),
            _ => string.Empty,
        })));
        return new Uri("/" + string.Join('/', segments), UriKind.Relative);
    }

    private static string SampleValue(Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter) =>
        parameter.ParameterPolicies.Any(p => p.Content is "int" or "long") ? "1"
        : parameter.ParameterPolicies.Any(p => p.Content == "guid") ? Guid.NewGuid().ToString()
        : "voorbeeld";

    private static IEnumerable<string> MethodsOf(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methods
            ? methods
            : [HttpMethods.Get, HttpMethods.Post];
}
