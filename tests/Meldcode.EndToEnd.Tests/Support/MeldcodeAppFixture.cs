using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Meldcode.EndToEnd.Tests.Support;

/// <summary>
/// Starts the real application on Kestrel on a loopback port, with a fresh data folder (so a fresh,
/// seeded SQLite database), and a headless Chromium to drive it. Shared by the browser tests.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public class MeldcodeAppFixture : IAsyncLifetime
{
    private MeldcodeWebApplicationFactory? _factory;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The temporary data folder the application was told to use.</summary>
    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("meldcode-e2e-").FullName;

    /// <summary>Where the browser reaches the application (localhost rather than 127.0.0.1, see <see cref="BrowserAddressFor"/>).</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The application's services, to look at how it is configured.</summary>
    public IServiceProvider Services => Factory.Services;

    private MeldcodeWebApplicationFactory Factory => _factory ?? throw new InvalidOperationException("The application has not been started.");

    private IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not been started.");

    /// <summary>Settings the application starts with beside its Development defaults (none here; a fixture for one test may add some).</summary>
    protected virtual IReadOnlyDictionary<string, string>? Settings => null;

    public async Task InitializeAsync()
    {
        Chromium.EnsureInstalled();

        _factory = new MeldcodeWebApplicationFactory(DataDirectory, Settings);
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseAddress = BrowserAddressFor(_factory.Services);

        // The default of 5 s is tight for a first request on a busy two-core machine; a passing test does not wait longer.
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
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        Directory.Delete(DataDirectory, recursive: true);
    }

    /// <summary>
    /// A new browser context (its own cookies) on the application. The app's CSP forbids inline
    /// script; bypassing it lets axe inject itself — the app's own pages never need it.
    /// <paramref name="javaScriptEnabled"/> false gives a browser without JavaScript (plain links and form posts).
    /// </summary>
    public Task<IBrowserContext> NewContextAsync(int viewportWidth = 1280, int viewportHeight = 800, bool javaScriptEnabled = true) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            BypassCSP = true,
            Locale = "nl-NL",
            ViewportSize = new ViewportSize { Width = viewportWidth, Height = viewportHeight },
            JavaScriptEnabled = javaScriptEnabled,
        });

    /// <summary>
    /// Runs a browser test on a fresh page; if it fails, a screenshot of the page goes to
    /// test-artifacts/&lt;test name&gt;.failure.png before the failure is passed on.
    /// </summary>
    public async Task RunInBrowserAsync(Func<IPage, Task> test, [CallerMemberName] string testName = "", int viewportWidth = 1280)
    {
        ArgumentNullException.ThrowIfNull(test);
        await using var context = await NewContextAsync(viewportWidth);
        var page = await context.NewPageAsync();
        try
        {
            await test(page);
        }
        catch
        {
            await SaveFailureScreenshotAsync(page, testName);
            throw;
        }
    }

    /// <summary>Saves test-artifacts/&lt;name&gt;.failure.png of the whole page; never throws for a broken page.</summary>
    internal static async Task SaveFailureScreenshotAsync(IPage page, string testName)
    {
        var path = Path.Combine(RepositoryPaths.Artifacts, $"{testName}.failure.png");
        try
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
            Console.WriteLine($"Screenshot of the failed test: {path}");
        }
        catch (PlaywrightException exception)
        {
            // The page itself may be what broke; the test's own failure is what matters.
            Console.WriteLine($"No screenshot of the failed test {testName}: {exception.Message}");
        }
    }

    /// <summary>
    /// The session cookie is <c>__Host-</c> and Secure. Browsers accept Secure cookies over plain http
    /// only from origins they trust as local; every browser trusts localhost by name (Chromium also
    /// trusts 127.0.0.1, not every browser does), so a loopback address is visited as localhost.
    /// </summary>
    internal static Uri BrowserAddressFor(IServiceProvider services)
    {
        var addresses = services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        var bound = new Uri(addresses.FirstOrDefault() ?? throw new InvalidOperationException("Kestrel reports no bound address."));
        return bound.IsLoopback ? new UriBuilder(bound) { Host = "localhost" }.Uri : bound;
    }
}
