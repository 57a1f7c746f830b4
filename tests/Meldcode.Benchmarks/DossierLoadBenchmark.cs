using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Meldcode.Application.AccessLog;
using Meldcode.Domain.AccessLog;
using Meldcode.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Meldcode.Benchmarks;

/// <summary>
/// Server response times of "my dossiers" and of a dossier overview on a large database, under
/// concurrent requests over real HTTP (Kestrel on loopback), measured from the client.
/// </summary>
public static partial class DossierLoadBenchmark
{
    public static async Task<int> RunAsync(LoadOptions options)
    {
        var deployment = options.Deployment;
        var folder = options.DataFolder ?? Directory.CreateTempSubdirectory("meldcode-bench-").FullName;
        DatabaseTarget? database = null;
        try
        {
            Directory.CreateDirectory(folder);
            bool seeded;
            if (deployment.IsPostgreSql)
            {
                (database, seeded) = await deployment.PrepareAsync();
            }
            else
            {
                database = DatabaseTarget.Sqlite(Path.Combine(folder, "meldcode.db"));
                seeded = File.Exists(database.ConnectionString);
            }

            if (seeded)
            {
                Console.WriteLine($"Reusing the {database.Describe()} (seeded by an earlier run with --data or --database).");
            }
            else
            {
                var seedTimer = Stopwatch.StartNew();
                await BenchmarkData.SeedAsync(database, options, DateTimeOffset.UtcNow);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Seeded {options.Dossiers} dossiers with {options.SignalsPerDossier} signals each into the {database.Describe()} in {seedTimer.Elapsed.TotalSeconds:F1} s."));
            }

            await using var app = await AppInstances.StartAsync(deployment, database, folder, options.AccessLog);
            Console.WriteLine($"Access log: {options.AccessLog}. {deployment.Describe()}.");
            var baseAddress = app.Addresses[0];

            // Cookies by hand: the session cookie is Secure (__Host-), which HttpClient's cookie container never sends over plain http.
            // Signed in on the first instance; the same cookie is valid on the second (the session is in the shared database).
            using var handler = new SocketsHttpHandler { UseCookies = false, MaxConnectionsPerServer = options.Concurrency, AllowAutoRedirect = false };
            using var client = new HttpClient(handler) { BaseAddress = baseAddress };
            client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
            await SignInAsync(client, BenchmarkData.MeasuredProfessional);

            var list = await client.GetStringAsync(new Uri("/dossiers", UriKind.Relative));
            var dossierLinks = DossierLink().Matches(list).Select(m => m.Groups[1].Value).Distinct().ToList();
            Console.WriteLine($"The measured professional has {dossierLinks.Count} dossiers in a database of {options.Dossiers}.");
            var overview = $"/dossiers/{dossierLinks[0]}";

            var results = new List<(string Name, Summary Summary)>();
            if (options.Pages == "all")
            {
                results.Add(("Health probe (/health/live), for comparison", await MeasureAsync(client, "/health/live", options, app)));
                results.Add(("Emergency page (/acuut-gevaar, no database), for comparison", await MeasureAsync(client, "/acuut-gevaar", options, app)));
                results.Add(("Start page (/), for comparison", await MeasureAsync(client, "/", options, app)));
            }

            if (options.Pages is "all" or "list")
            {
                results.Add(("My dossiers (/dossiers)", await MeasureAsync(client, "/dossiers", options, app)));
            }

            if (options.Pages is "all" or "overview")
            {
                results.Add(($"Dossier overview ({options.SignalsPerDossier} signals)", await MeasureAsync(client, overview, options, app)));
            }

            Console.WriteLine();
            Console.WriteLine($"Driver: {options.Driver}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| Page | Requests | Concurrency | Median (ms) | p90 (ms) | p99 (ms) | Max (ms) | Requests/s | Server CPU per request (ms) |"));
            Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
            foreach (var (name, s) in results)
            {
                if (s.PerInstance is { Count: > 1 } instances)
                {
                    // Two instances: the load split over both (one wrk each, at the same time); throughput summed, latencies per instance.
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name}, both instances | {s.Count} | {options.Concurrency} | – | – | – | – | {s.Throughput:F0} | {Cpu(s)} |"));
                    for (var i = 0; i < instances.Count; i++)
                    {
                        var one = instances[i];
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name}, instance {i + 1} | {one.Count} | {options.Concurrency / instances.Count} | {one.Median:F1} | {one.P90:F1} | {one.P99:F1} | {one.Max:F1} | {one.Throughput:F0} | {Cpu(one)} |"));
                    }

                    continue;
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {s.Count} | {options.Concurrency} | {s.Median:F1} | {s.P90:F1} | {s.P99:F1} | {s.Max:F1} | {s.Throughput:F0} | {Cpu(s)} |"));
            }

            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (database is not null)
            {
                await deployment.DropAsync(database);
            }

            if (options.DataFolder is null)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static string Cpu(Summary summary) =>
        summary.ServerCpuPerRequest is { } cpu ? cpu.ToString("F2", CultureInfo.InvariantCulture) : "–";

    /// <summary>src/Meldcode.Web, found from the working directory or the benchmark's own folder.</summary>
    internal static string WebContentRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Meldcode.sln")))
                {
                    return Path.Combine(dir.FullName, "src", "Meldcode.Web");
                }
            }
        }

        throw new InvalidOperationException("Run the benchmark from inside the Meldcode repository.");
    }

    internal static async Task SignInAsync(HttpClient client, string name)
    {
        using var signInPage = await client.GetAsync(new Uri("/inloggen", UriKind.Relative));
        var page = await signInPage.Content.ReadAsStringAsync();
        var antiforgery = signInPage.Headers.GetValues("Set-Cookie").First().Split(';')[0];
        var token = Token().Match(page).Groups[1].Value;
        // The page encodes names outside ASCII (Nguyễn Thị Lan) as character references: compare the decoded names.
        var userId = SignInChoice().Matches(page).First(m => WebUtility.HtmlDecode(m.Groups[2].Value) == name).Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["UserId"] = userId });
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/inloggen", UriKind.Relative)) { Content = form };
        request.Headers.Add("Cookie", antiforgery);
        using var response = await client.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in failed: {response.StatusCode}");
        }

        var session = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-Meldcode=", StringComparison.Ordinal)).Split(';')[0];
        client.DefaultRequestHeaders.Add("Cookie", session);
    }

    /// <summary>Measures one page; <paramref name="app"/> null: the app in this process at the client's address (the team benchmark).</summary>
    internal static async Task<Summary> MeasureAsync(HttpClient client, string path, LoadOptions options, AppInstances? app = null)
    {
        if (options.Driver == "wrk")
        {
            return await WrkDriver.MeasureAsync(client, path, options, app);
        }

        if (app is { Addresses.Count: > 1 })
        {
            throw new ArgumentException("Two instances are loaded with --driver wrk (one wrk per instance).");
        }

        var uri = new Uri(path, UriKind.Relative);
        await RunAsync(client, uri, options.Concurrency, Math.Max(200, options.Requests / 10), null); // warm-up
        var latencies = new double[options.Requests];
        var total = Stopwatch.StartNew();
        await RunAsync(client, uri, options.Concurrency, options.Requests, latencies);
        total.Stop();
        Array.Sort(latencies);
        double At(double q) => latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(q * latencies.Length) - 1)];
        return new Summary(latencies.Length, At(0.5), At(0.9), At(0.99), latencies[^1], latencies.Length / total.Elapsed.TotalSeconds);
    }

    private static async Task RunAsync(HttpClient client, Uri uri, int concurrency, int requests, double[]? latencies)
    {
        var next = -1;
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests)
            {
                var watch = Stopwatch.StartNew();
                using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseContentRead);
                watch.Stop();
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"{uri} answered {response.StatusCode}");
                }

                if (latencies is not null)
                {
                    latencies[i] = watch.Elapsed.TotalMilliseconds;
                }
            }
        });
        await Task.WhenAll(workers);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("value=\"([0-9a-f-]{36})\">\\s*<label for=\"[^\"]+\"><strong>([^<]+)</strong>")]
    private static partial Regex SignInChoice();

    [GeneratedRegex("href=\"/dossiers/([0-9a-f-]{36})\"")]
    private static partial Regex DossierLink();

    /// <summary>Latencies and throughput; with wrk also the server's CPU time per request (the app's process only).</summary>
    /// <summary>With two instances: the requests and throughput of both together, and each instance's own figures in <see cref="PerInstance"/>.</summary>
    internal sealed record Summary(int Count, double Median, double P90, double P99, double Max, double Throughput, double? ServerCpuPerRequest = null, IReadOnlyList<Summary>? PerInstance = null);

    /// <summary>The app in this process, in Development, on the data folder and (when given) the database of <paramref name="database"/>.</summary>
    internal sealed class BenchmarkFactory(string dataFolder, string accessLog = "on", DatabaseTarget? database = null) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Storage:DataDirectory", dataFolder);
            if (database is { IsPostgreSql: true })
            {
                builder.UseSetting("Database:Provider", nameof(DatabaseProvider.PostgreSql));
                builder.UseSetting($"ConnectionStrings:{DatabaseOptions.ConnectionStringName}", database.ConnectionString);
            }

            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            builder.UseSetting("Logging:LogLevel:Microsoft.Hosting.Lifetime", "Warning");
            if (accessLog == "every-read")
            {
                builder.UseSetting("AccessLog:MergeReadsWithinSeconds", "0");
            }

            if (accessLog == "off")
            {
                builder.ConfigureServices(services => services.AddSingleton<IAccessLogStore, NoAccessLog>());
            }
        }
    }

    /// <summary>For the comparison only: lines are dropped, so the run shows what the access log costs.</summary>
    private sealed class NoAccessLog : IAccessLogStore
    {
        public Task AppendAsync(AccessLine line, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
