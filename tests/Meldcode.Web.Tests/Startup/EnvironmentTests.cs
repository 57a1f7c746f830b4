using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Meldcode.Web.Configuration;
using Meldcode.Web.Tests.Support;
using Microsoft.Extensions.Hosting;

namespace Meldcode.Web.Tests.Startup;

public sealed class EnvironmentTests
{
    [Fact]
    public void Production_without_an_identity_provider_refuses_to_start_and_says_why()
    {
        using var factory = new MeldcodeFactory().InEnvironment(Environments.Production).WithMigratedDatabase();

        var error = Assert.Throws<StartupRefusedException>(() => factory.CreateClient());

        Assert.Contains("without an OpenID Connect identity provider", error.Message, StringComparison.Ordinal);
        Assert.Contains("Authentication:Oidc:Authority is not set.", error.Message, StringComparison.Ordinal);
        Assert.Contains("Authentication:Oidc:ClientId is not set.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_identity_provider_authority_that_is_not_https_is_refused()
    {
        using var factory = new MeldcodeFactory()
            .InEnvironment(Environments.Production)
            .WithSetting("Authentication:Oidc:Authority", "http://idp.example")
            .WithSetting("Authentication:Oidc:ClientId", "meldcode");

        var error = Assert.Throws<StartupRefusedException>(() => factory.CreateClient());

        Assert.Contains("must be an absolute https URL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Production_with_pending_migrations_refuses_to_start_and_names_the_migrate_command()
    {
        using var factory = new MeldcodeFactory().InEnvironment(Environments.Production).WithIdentityProvider();

        var error = Assert.Throws<StartupRefusedException>(() => factory.CreateClient());

        Assert.Contains("pending migration", error.Message, StringComparison.Ordinal);
        Assert.Contains("dotnet Meldcode.Web.dll migrate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_with_an_identity_provider_and_a_migrated_database_starts_without_the_demo_sign_in()
    {
        using var factory = new MeldcodeFactory().InEnvironment(Environments.Production).WithIdentityProvider().WithMigratedDatabase();
        using var client = factory.CreateBrowser();

        using var signIn = await client.GetAsync(new Uri("/inloggen", UriKind.Relative));
        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task Outside_development_responses_over_https_carry_HSTS()
    {
        using var factory = new MeldcodeFactory().InEnvironment(Environments.Production).WithIdentityProvider().WithMigratedDatabase();
        factory.ClientOptions.BaseAddress = new Uri("https://meldcode.school.example");
        using var client = factory.CreateBrowser();

        using var response = await client.GetAsync(new Uri("/acuut-gevaar", UriKind.Relative));

        Assert.Contains("max-age=31536000", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_development_the_demo_sign_in_disappears_once_an_identity_provider_is_configured()
    {
        using var factory = new MeldcodeFactory().WithIdentityProvider();
        using var client = factory.CreateBrowser();

        using var response = await client.GetAsync(new Uri("/inloggen", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Development_creates_and_migrates_the_database_in_the_configured_data_folder()
    {
        using var factory = new MeldcodeFactory();
        using var client = factory.CreateClient();

        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
        Assert.True(File.Exists(Path.Combine(factory.DataFolder, "meldcode.db")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(factory.DataFolder, "keys"), "*.xml"));
    }

    [Fact]
    public async Task A_session_survives_a_restart_because_the_keys_are_kept_in_the_data_folder()
    {
        using var first = new MeldcodeFactory();
        var sessionCookie = await SessionCookieAsync(first);

        using var second = new MeldcodeFactory().WithSetting("Storage:DataDirectory", first.DataFolder);
        using var restarted = second.CreateClient();
        restarted.DefaultRequestHeaders.Add("Cookie", sessionCookie);
        restarted.DefaultRequestHeaders.Accept.ParseAdd("text/html");

        using var response = await restarted.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Behind_a_trusted_TLS_terminating_proxy_the_request_counts_as_https()
    {
        using var factory = new MeldcodeFactory()
            .InEnvironment(Environments.Production)
            .WithIdentityProvider()
            .WithMigratedDatabase()
            .WithSetting("ReverseProxy:KnownProxies:0", "10.1.2.3")
            .WithServices(services => services.AddSingleton<IStartupFilter>(new RemoteAddressFilter(IPAddress.Parse("10.1.2.3"))));
        factory.ClientOptions.BaseAddress = new Uri("http://meldcode.school.example");
        using var client = factory.CreateBrowser();
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        using var response = await client.GetAsync(new Uri("/acuut-gevaar", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Forwarded_headers_from_an_unknown_address_are_ignored()
    {
        using var factory = new MeldcodeFactory()
            .InEnvironment(Environments.Production)
            .WithIdentityProvider()
            .WithMigratedDatabase()
            .WithServices(services => services.AddSingleton<IStartupFilter>(new RemoteAddressFilter(IPAddress.Parse("203.0.113.9"))));
        factory.ClientOptions.BaseAddress = new Uri("http://meldcode.school.example");
        using var client = factory.CreateBrowser();
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        using var response = await client.GetAsync(new Uri("/acuut-gevaar", UriKind.Relative));

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    private static async Task<string> SessionCookieAsync(MeldcodeFactory factory)
    {
        using var client = factory.CreateBrowser();
        var page = await client.GetPageAsync("/inloggen");
        using var response = await client.SubmitAsync(page, "/inloggen", new Dictionary<string, string> { ["UserId"] = Browser.UserIdOf(page, "Sanne de Vries") });
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-Meldcode=", StringComparison.Ordinal)).Split(';')[0];
    }

    /// <summary>The in-memory test server has no network peer; this gives requests the address a real proxy would have.</summary>
    private sealed class RemoteAddressFilter(IPAddress address) : IStartupFilter
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
