using System.Diagnostics.CodeAnalysis;
using System.Net;
using Meldcode.Application.Tests.Support;
using Meldcode.Infrastructure.Persistence;
using Microsoft.Playwright;

namespace Meldcode.EndToEnd.Tests.Support;

/// <summary>
/// Two Meldcode processes (the built Meldcode.Web.dll, as an operator runs it behind a load balancer) on two loopback
/// ports, both in Development with <c>Database:Provider=PostgreSql</c> and one fresh PostgreSQL database on the run's
/// server, each with a data folder of its own (nothing is shared but the database). Instance A starts first and
/// migrates and seeds the demo data; instance B starts when A is ready and finds both done. A headless Chromium drives
/// them. The browser reaches both as localhost: cookies belong to a host, not to a port, so a browser that signed in on
/// one sends its session cookie to the other, as it does to every instance behind one address.
/// Without a PostgreSQL server (<see cref="PostgreSqlTestServer.IsAvailable"/> false) nothing is started; the tests skip.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class TwoInstancesFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private readonly List<string> _dataDirectories = [];
    private AppProcess? _first;
    private AppProcess? _second;
    private TestDatabase? _database;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Instance A, as the browser reaches it (http://localhost:port).</summary>
    public Uri First { get; private set; } = null!;

    /// <summary>Instance B, as the browser reaches it.</summary>
    public Uri Second { get; private set; } = null!;

    /// <summary>Both processes' output, for a failure message.</summary>
    public string Output =>
        $"Instance A:{Environment.NewLine}{_first?.Output}{Environment.NewLine}Instance B:{Environment.NewLine}{_second?.Output}";

    private IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not been started.");

    public async Task InitializeAsync()
    {
        if (!PostgreSqlTestServer.IsAvailable)
        {
            return;
        }

        Chromium.EnsureInstalled();
        // Empty: instance A migrates it at its start (Development), as a new installation would be.
        _database = new TestDatabase(DatabaseProvider.PostgreSql);
        _database.EnsureCreated(migrated: false);
        (_first, First) = await StartInstanceAsync("a");
        (_second, Second) = await StartInstanceAsync("b");

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
        foreach (var instance in new[] { _second, _first })
        {
            if (instance is not null)
            {
                await instance.DisposeAsync();
            }
        }

        if (_database is not null)
        {
            _database.Dispose();
        }

        foreach (var folder in _dataDirectories)
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A new browser context (its own cookies) whose relative addresses go to <paramref name="instance"/>.</summary>
    public Task<IBrowserContext> NewContextAsync(Uri instance, int viewportWidth = 1280) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = instance.ToString(),
            Locale = "nl-NL",
            ViewportSize = new ViewportSize { Width = viewportWidth, Height = 800 },
        });

    /// <summary>An absolute address on an instance, e.g. <c>At(Second, "/dossiers")</c>.</summary>
    public static string At(Uri instance, string pathAndQuery) => new Uri(instance, pathAndQuery).ToString();

    private async Task<(AppProcess Process, Uri Address)> StartInstanceAsync(string name)
    {
        var dataDirectory = Directory.CreateTempSubdirectory($"meldcode-e2e-instance-{name}-").FullName;
        _dataDirectories.Add(dataDirectory);
        var port = AppProcess.FreeLoopbackPort();
        var process = AppProcess.Start(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["Storage__DataDirectory"] = dataDirectory,
            ["Database__Provider"] = "PostgreSql",
            ["ConnectionStrings__Meldcode"] = _database!.Target.ConnectionString,
        });
        try
        {
            await WaitUntilReadyAsync(process, new Uri($"http://127.0.0.1:{port}/health/ready"), name);
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }

        return (process, new Uri($"http://localhost:{port}"));
    }

    /// <summary>Polls the readiness probe until it answers 200; fails early if the process ends, and after a bounded time.</summary>
    private static async Task WaitUntilReadyAsync(AppProcess process, Uri probe, string name)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTimeOffset.UtcNow + StartTimeout;
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Instance {name} stopped before it was ready. Its output:{Environment.NewLine}{process.Output}");
            }

            try
            {
                using var response = await http.GetAsync(probe);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            if (DateTimeOffset.UtcNow >= deadline)
            {
                throw new TimeoutException($"Instance {name} was not ready within {StartTimeout.TotalSeconds:0} s. Its output:{Environment.NewLine}{process.Output}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }
}

/// <summary>The tests with two app instances on one PostgreSQL database share the two processes and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class TwoInstancesCollection : ICollectionFixture<TwoInstancesFixture>
{
    public const string Name = "Two instances";
}
