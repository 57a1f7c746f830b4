using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace Meldcode.EndToEnd.Tests.Support;

/// <summary>
/// Meldcode on Kestrel with sign-in through a real OpenID Connect provider (<see cref="IdentityProviderProcess"/>),
/// and a headless Chromium. The app runs in Development — the one environment where Meldcode accepts an
/// <c>http</c> authority, and only on loopback — with the provider configured, so the demo sign-in is off and
/// /inloggen goes to the provider. The demo organisation is seeded; the people signing in are new to it. The
/// provider's role claim value <see cref="IdentityProviderProfile.AdministratorRole"/> maps to functioneel beheerder.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public class OrganisationSignInAppFixture : IAsyncLifetime
{
    private readonly IdentityProviderProfile _profile;
    private MeldcodeWebApplicationFactory? _factory;
    private IdentityProviderProcess? _provider;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public OrganisationSignInAppFixture()
        : this(IdentityProviderProfile.First)
    {
    }

    private protected OrganisationSignInAppFixture(IdentityProviderProfile profile)
    {
        _profile = profile;
    }

    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("meldcode-e2e-oidc-").FullName;

    /// <summary>Where the browser reaches Meldcode (localhost, so the Secure session cookie is kept over http).</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>How the provider is set up (keys, client authentication, role claim).</summary>
    internal IdentityProviderProfile Profile => _profile;

    /// <summary>The provider's issuer (http://127.0.0.1:port).</summary>
    public Uri ProviderIssuer => Provider.Issuer;

    public IServiceProvider Services => (_factory ?? throw new InvalidOperationException("The application has not been started.")).Services;

    private IdentityProviderProcess Provider => _provider ?? throw new InvalidOperationException("The identity provider has not been started.");

    public async Task InitializeAsync()
    {
        Chromium.EnsureInstalled();
        IdentityProviderProcess.EnsureInstalled();

        var providerPort = AppProcess.FreeLoopbackPort();
        _factory = new MeldcodeWebApplicationFactory(DataDirectory, new Dictionary<string, string>
        {
            ["Authentication:Oidc:Authority"] = $"http://127.0.0.1:{providerPort}",
            ["Authentication:Oidc:ClientId"] = IdentityProviderProcess.ClientId,
            ["Authentication:Oidc:ClientSecret"] = IdentityProviderProcess.ClientSecret,
            ["Authentication:Oidc:TokenEndpointAuthMethod"] = _profile.TokenEndpointAuthMethod,
            ["Authentication:Oidc:RoleClaim"] = _profile.RoleClaim,
            ["Authentication:Oidc:RoleMapping:0:Claim"] = IdentityProviderProfile.AdministratorRole,
            ["Authentication:Oidc:RoleMapping:0:Role"] = "FunctionalAdministrator",
        });
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseAddress = MeldcodeAppFixture.BrowserAddressFor(_factory.Services);
        _provider = await IdentityProviderProcess.StartAsync(providerPort, BaseAddress, _profile);

        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(Chromium.LaunchOptions);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }

        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        Directory.Delete(DataDirectory, recursive: true);
    }

    /// <summary>
    /// A new browser context (its own cookies, at Meldcode and at the provider). Requests to anything but this
    /// machine are dropped: the provider's development pages link a web font, and the network is closed.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(int viewportWidth = 1280)
    {
        var browser = _browser ?? throw new InvalidOperationException("The browser has not been started.");
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            BypassCSP = true,
            Locale = "nl-NL",
            ViewportSize = new ViewportSize { Width = viewportWidth, Height = 800 },
        });
        await context.RouteAsync("**/*", route => IsOnThisMachine(route.Request.Url) ? route.ContinueAsync() : route.AbortAsync());
        return context;
    }

    /// <summary>Runs a journey; on failure a screenshot of each page goes to test-artifacts/ before the failure is passed on.</summary>
    public static async Task WithScreenshotsOnFailureAsync(Func<Task> journey, IReadOnlyList<IPage> pages, [CallerMemberName] string testName = "")
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(pages);
        try
        {
            await journey();
        }
        catch
        {
            for (var index = 0; index < pages.Count; index++)
            {
                await MeldcodeAppFixture.SaveFailureScreenshotAsync(pages[index], $"{testName}.{index + 1}");
            }

            throw;
        }
    }

    private static bool IsOnThisMachine(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.IsLoopback || uri.Host == "localhost" || uri.Scheme is "data" or "blob" or "about");
}

/// <summary>
/// The same, against a second, differently set up provider (<see cref="IdentityProviderProfile.Second"/>): ES256 keys
/// only, <c>client_secret_basic</c> at the token endpoint, roles in <c>groups</c>.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class SecondProviderAppFixture : OrganisationSignInAppFixture
{
    public SecondProviderAppFixture()
        : base(IdentityProviderProfile.Second)
    {
    }
}

/// <summary>The tests that sign in through the real provider share one app, one provider and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class OrganisationSignInCollection : ICollectionFixture<OrganisationSignInAppFixture>
{
    public const string Name = "Organisation sign-in";
}

/// <summary>The tests that sign in through the second provider share its app, provider and Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class SecondProviderCollection : ICollectionFixture<SecondProviderAppFixture>
{
    public const string Name = "Organisation sign-in, second provider";
}
