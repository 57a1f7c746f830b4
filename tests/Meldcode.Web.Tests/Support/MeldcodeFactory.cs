using Meldcode.Application.Tests.Support;
using Meldcode.Domain.Users;
using Meldcode.Infrastructure.Persistence;
using Meldcode.Web.Security.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Meldcode.Web.Tests.Support;

/// <summary>
/// The real web application in memory, with its own data folder (a real SQLite file) and a clock the
/// test controls. Development by default, so the database is migrated and seeded at start-up.
/// </summary>
public class MeldcodeFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal);
    private readonly List<Action<IServiceCollection>> _services = [];
    private readonly TestDatabase _ownDatabase;
    private FakeIdentityProvider? _identityProvider;

    public MeldcodeFactory()
        : this(TestDatabase.RunProvider)
    {
    }

    /// <summary>On this provider whatever the run's. Not public: a class fixture must have a single public constructor.</summary>
    protected MeldcodeFactory(DatabaseProvider provider)
    {
        _ownDatabase = new TestDatabase(provider);
        Database = _ownDatabase;
        foreach (var (key, value) in Database.Settings)
        {
            _settings[key] = value;
        }

        DataFolder = Database.Folder;
        ClientOptions.BaseAddress = new Uri("https://localhost");
        ClientOptions.AllowAutoRedirect = false;
    }

    /// <summary>The app's database: an SQLite file in <see cref="DataFolder"/>, or a PostgreSQL database in the suite's second run.</summary>
    public TestDatabase Database { get; private set; }

    /// <summary>The app's own data folder (with SQLite, the database file is in it).</summary>
    public string DataFolder { get; }

    /// <summary>The app on this provider whatever the run's (tests about PostgreSQL itself, or about moving from SQLite).</summary>
    public static MeldcodeFactory On(DatabaseProvider provider) => new(provider);

    /// <summary>
    /// A second instance of the app: this factory uses <paramref name="other"/>'s database (the other factory keeps and
    /// removes it) and keeps a data folder of its own, as two app servers behind one load balancer. Call before start.
    /// </summary>
    public MeldcodeFactory SharingDatabaseWith(MeldcodeFactory other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Database = other.Database;
        foreach (var (key, value) in other.Database.Settings.Where(setting => setting.Key != "Storage:DataDirectory"))
        {
            _settings[key] = value;
        }

        return this;
    }

    public string EnvironmentName { get; private set; } = Environments.Development;

    /// <summary>The app's clock: Wednesday 18 November 2026, 09:30 in Amsterdam, until the test moves it.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 18, 8, 30, 0, TimeSpan.Zero));

    public MeldcodeFactory InEnvironment(string environmentName)
    {
        EnvironmentName = environmentName;
        return this;
    }

    public MeldcodeFactory WithSetting(string key, string value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>The organisation's identity provider behind the back channel (used once <see cref="WithIdentityProvider"/> is called).</summary>
    public FakeIdentityProvider IdentityProvider => _identityProvider ??= new FakeIdentityProvider(Clock);

    /// <summary>Configures sign-in through an OpenID Connect provider and answers the back channel with <see cref="IdentityProvider"/>.</summary>
    public MeldcodeFactory WithIdentityProvider() =>
        WithSetting("Authentication:Oidc:Authority", FakeIdentityProvider.Authority)
            .WithSetting("Authentication:Oidc:ClientId", FakeIdentityProvider.ClientId)
            .WithSetting("Authentication:Oidc:ClientSecret", FakeIdentityProvider.ClientSecret)
            .WithServices(services => services.AddHttpClient(OrganisationSignIn.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => IdentityProvider));

    /// <summary>
    /// The correlation cookie of signing in through the provider expires 15 minutes after the app's clock; the test
    /// client's cookie container compares that with the real date and drops cookies that expired, so the app's clock
    /// must not lag behind it.
    /// </summary>
    public MeldcodeFactory CatchUpWithRealTime()
    {
        var behind = DateTimeOffset.UtcNow - Clock.GetUtcNow();
        if (behind > TimeSpan.Zero)
        {
            Clock.Advance(behind);
        }

        return this;
    }

    public MeldcodeFactory WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    /// <summary>
    /// Links a seeded demo user to a subject at <see cref="FakeIdentityProvider"/>, as if they had signed in
    /// through the provider before: signing in as that subject then finds this user. Starts the app if needed.
    /// </summary>
    public MeldcodeFactory LinkToProvider(string displayName, string subject)
    {
        CreateClient().Dispose();
        using var scope = Services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var user = context.Users.Single(u => u.DisplayName == displayName);
        context.Entry(user).Property(nameof(User.ExternalIssuer)).CurrentValue = FakeIdentityProvider.Authority;
        context.Entry(user).Property(nameof(User.ExternalSubject)).CurrentValue = subject;
        context.SaveChanges();
        return this;
    }

    /// <summary>Runs something against the app's database (the app is started if needed).</summary>
    public T WithDatabase<T>(Func<ApplicationDbContext, T> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        CreateClient().Dispose();
        using var scope = Services.CreateScope();
        return action(scope.ServiceProvider.GetRequiredService<ApplicationDbContext>());
    }

    /// <summary>
    /// Brings the database schema up to date before start-up, as an operator's <c>migrate</c> would, and gives the
    /// first-start settings that create the installation's organisation outside Development.
    /// </summary>
    public MeldcodeFactory WithMigratedDatabase()
    {
        WithSetting("Organisation:Name", "Stichting Kindcentra Noord");
        WithSetting("Organisation:Sector", "Education");
        Database.MigrateAsync().GetAwaiter().GetResult();
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Development migrates at start-up. A PostgreSQL database starts as a copy of the migrated template instead (the
        // start-up migration then finds nothing to do: migrating PostgreSQL per test would take seconds); outside
        // Development it starts as the test left it, as a new SQLite file would.
        if (Database.IsPostgreSql)
        {
            Database.EnsureCreated(migrated: EnvironmentName == Environments.Development);
        }

        builder.UseEnvironment(EnvironmentName);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            foreach (var configure in _services)
            {
                configure(services);
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _identityProvider?.SigningKey.Dispose();
            try
            {
                // A factory that shares another's database leaves it to that one, and removes only its own data folder.
                _ownDatabase.Dispose();
            }
            catch (IOException)
            {
                // A file still held open by a background thread is left for the OS to clean up.
            }
        }
    }
}
