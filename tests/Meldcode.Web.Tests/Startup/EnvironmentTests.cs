using System.Net;
using Meldcode.Domain.Administration;
using Meldcode.Domain.Organisations;
using Meldcode.Domain.Users;
using Meldcode.Infrastructure;
using Meldcode.Infrastructure.Persistence;
using Meldcode.Web.Configuration;
using Meldcode.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace Meldcode.Web.Tests.Startup;

public sealed class EnvironmentTests
{
    [Fact]
    public void Production_without_an_identity_provider_is_refused_with_the_missing_keys_named()
    {
        var reason = StartupChecks.SignInProblem(Environment(Environments.Production), new IdentityProviderOptions());

        Assert.NotNull(reason);
        Assert.Contains("without an OpenID Connect identity provider", reason, StringComparison.Ordinal);
        Assert.Contains("Authentication:Oidc:Authority is not set.", reason, StringComparison.Ordinal);
        Assert.Contains("Authentication:Oidc:ClientId is not set.", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_identity_provider_authority_that_is_not_https_is_refused()
    {
        var reason = StartupChecks.SignInProblem(
            Environment(Environments.Staging),
            new IdentityProviderOptions { Authority = "http://idp.example", ClientId = "meldcode" });

        Assert.Contains("must be an absolute https URL", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_complete_identity_provider_configuration_is_accepted_and_development_needs_none()
    {
        Assert.Null(StartupChecks.SignInProblem(
            Environment(Environments.Production),
            new IdentityProviderOptions { Authority = "https://idp.example", ClientId = "meldcode", ClientSecret = "from-the-environment" }));
        Assert.Null(StartupChecks.SignInProblem(Environment(Environments.Development), new IdentityProviderOptions()));
    }

    private static async Task<string?> PrepareProductionDatabaseAsync(string dataFolder, Dictionary<string, string?> settings)
    {
        settings["Storage:DataDirectory"] = dataFolder;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IHostEnvironment>(Environment(Environments.Production, dataFolder))
            .AddInfrastructure(configuration);
        await using var provider = services.BuildServiceProvider();
        return await StartupChecks.PrepareDatabaseAsync(provider, Environment(Environments.Production, dataFolder), CancellationToken.None);
    }

    [Fact]
    public async Task Production_with_pending_migrations_is_refused_with_the_migrate_command_named()
    {
        using var factory = new MeldcodeFactory();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IHostEnvironment>(Environment(Environments.Production, factory.DataFolder))
            .AddInfrastructure(new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataDirectory"] = factory.DataFolder })
                .Build());
        await using var provider = services.BuildServiceProvider();

        var reason = await StartupChecks.PrepareDatabaseAsync(provider, Environment(Environments.Production, factory.DataFolder), CancellationToken.None);

        Assert.NotNull(reason);
        Assert.Contains("pending migration", reason, StringComparison.Ordinal);
        Assert.Contains("dotnet Meldcode.Web.dll migrate", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_without_an_organisation_is_refused_until_the_first_start_settings_name_it()
    {
        using var factory = new MeldcodeFactory();
        using (var context = new ApplicationDbContext(MeldcodeDatabase.OptionsFor(DatabaseTarget.Sqlite(Path.Combine(factory.DataFolder, StorageOptions.DatabaseFileName)))))
        {
            await context.Database.MigrateAsync();
        }

        var missing = await PrepareProductionDatabaseAsync(factory.DataFolder, new Dictionary<string, string?>());
        var wrongSector = await PrepareProductionDatabaseAsync(factory.DataFolder, new Dictionary<string, string?> { ["Organisation:Name"] = "Stichting Kindcentra Noord", ["Organisation:Sector"] = "3" });
        var created = await PrepareProductionDatabaseAsync(factory.DataFolder, new Dictionary<string, string?> { ["Organisation:Name"] = "Stichting Kindcentra Noord", ["Organisation:Sector"] = "Childcare" });
        var later = await PrepareProductionDatabaseAsync(factory.DataFolder, new Dictionary<string, string?>());

        Assert.Contains("Organisation__Name", missing, StringComparison.Ordinal);
        Assert.Contains("Education, Childcare, YouthCare, HealthCare, SocialSupport", wrongSector, StringComparison.Ordinal);
        Assert.Null(created);
        Assert.Null(later);
        using var check = new ApplicationDbContext(MeldcodeDatabase.OptionsFor(DatabaseTarget.Sqlite(Path.Combine(factory.DataFolder, StorageOptions.DatabaseFileName))));
        var organisation = await check.Organisations.SingleAsync();
        Assert.Equal(("Stichting Kindcentra Noord", Sector.Childcare), (organisation.Name, organisation.Sector));
    }

    [Fact]
    public async Task The_operator_makes_a_signed_in_user_the_first_functional_administrator_by_their_user_code()
    {
        using var factory = new MeldcodeFactory();
        var userId = factory.WithDatabase(context =>
        {
            var user = User.Provision(context.Organisations.Single(), "https://idp.example", "sub-first-admin", "Eerste Beheerder", null);
            context.Users.Add(user);
            context.SaveChanges();
            return user.Id;
        });

        var unknown = await StartupChecks.GrantAdministratorAsync(factory.Services, Guid.NewGuid().ToString(), CancellationToken.None);
        var notACode = await StartupChecks.GrantAdministratorAsync(factory.Services, "peter", CancellationToken.None);
        var granted = await StartupChecks.GrantAdministratorAsync(factory.Services, userId.ToString(), CancellationToken.None);

        Assert.Equal((StartupChecks.RefusedExitCode, StartupChecks.RefusedExitCode, 0), (unknown, notACode, granted));
        factory.WithDatabase(context =>
        {
            Assert.True(context.Users.Include(u => u.Memberships).Single(u => u.Id == userId).HasRole(Role.FunctionalAdministrator));
            var line = context.AdministrationLog.Single(e => e.SubjectId == userId);
            Assert.Equal((AdministrationLogEntry.OperatorActorName, "Eerste Beheerder heeft de rol Functioneel beheerder gekregen."), (line.ActorName, line.Description));
            return true;
        });
    }

    [Fact]
    public async Task Production_with_an_identity_provider_and_a_migrated_database_starts_without_the_demo_sign_in()
    {
        using var factory = new MeldcodeFactory().InEnvironment(Environments.Production).WithIdentityProvider().WithMigratedDatabase();
        using var client = factory.CreateBrowser();

        using var signIn = await client.GetAsync(new Uri("/inloggen", UriKind.Relative));
        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        AssertSentToTheIdentityProvider(signIn);
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

        AssertSentToTheIdentityProvider(response);
    }

    [Fact]
    [Trait("Database", "Sqlite")] // the data folder's own file; with PostgreSQL see MultipleInstances
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
    [Trait("Database", "Sqlite")] // the data folder's own file; with PostgreSQL see MultipleInstances
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

    /// <summary>Signing in starts at the organisation's provider, not at the demo page.</summary>
    private static void AssertSentToTheIdentityProvider(HttpResponseMessage signIn)
    {
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.StartsWith(FakeIdentityProvider.AuthorizationEndpoint.AbsoluteUri + "?", signIn.Headers.Location!.AbsoluteUri, StringComparison.Ordinal);
    }

    private static HostingEnvironment Environment(string name, string? contentRoot = null) =>
        new() { EnvironmentName = name, ContentRootPath = contentRoot ?? Path.GetTempPath() };

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
