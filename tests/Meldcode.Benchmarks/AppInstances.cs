using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Meldcode.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Meldcode.Benchmarks;

/// <summary>
/// The app under load, in Development (the demo sign-in), on Kestrel on loopback: one instance in the benchmark's own
/// process (WebApplicationFactory, as the earlier runs), or one or two instances each as its own process
/// (<c>dotnet src/Meldcode.Web/bin/…/Meldcode.Web.dll</c>, as an operator runs them behind a load balancer), each with a
/// data folder of its own and all on the same database. The first instance migrates (and, on an empty database, seeds
/// the demo data) before the second starts. The load driver reaches them as localhost.
/// </summary>
internal sealed class AppInstances : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(180);

    private readonly DossierLoadBenchmark.BenchmarkFactory? _factory;
    private readonly List<Process> _processes = [];

    private AppInstances(DossierLoadBenchmark.BenchmarkFactory? factory)
    {
        _factory = factory;
    }

    /// <summary>Where the driver reaches each instance (http://localhost:port).</summary>
    public List<Uri> Addresses { get; } = [];

    /// <summary>Whether the app runs in this process (then its CPU and memory include the load driver's).</summary>
    public bool InThisProcess => _factory is not null;

    public static async Task<AppInstances> StartAsync(Deployment deployment, DatabaseTarget database, string dataFolder, string accessLog = "on")
    {
        ArgumentNullException.ThrowIfNull(deployment);
        ArgumentNullException.ThrowIfNull(database);
        if (deployment.InProcess)
        {
            Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_MELDCODE_WEB", DossierLoadBenchmark.WebContentRoot());
            var factory = new DossierLoadBenchmark.BenchmarkFactory(dataFolder, accessLog, database);
            var inProcess = new AppInstances(factory);
            factory.UseKestrel(0);
            factory.StartServer();
            var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            inProcess.Addresses.Add(new Uri(address.Replace("127.0.0.1", "localhost", StringComparison.Ordinal)));
            return inProcess;
        }

        if (accessLog == "off")
        {
            throw new ArgumentException("--access-log off replaces a service inside the app: only with --host in-process.");
        }

        var instances = new AppInstances(null);
        try
        {
            for (var i = 1; i <= deployment.Instances; i++)
            {
                var folder = deployment.Instances == 1 ? dataFolder : Path.Combine(dataFolder, $"instance-{i}");
                Directory.CreateDirectory(folder);
                await instances.StartProcessAsync(database, folder, accessLog, i);
            }
        }
        catch
        {
            await instances.DisposeAsync();
            throw;
        }

        return instances;
    }

    /// <summary>The CPU time the app has used so far: its processes' (or, in this process, this process's, the driver's included).</summary>
    public TimeSpan CpuTime()
    {
        if (InThisProcess)
        {
            using var self = Process.GetCurrentProcess();
            return self.TotalProcessorTime;
        }

        return _processes.Aggregate(TimeSpan.Zero, (sum, process) =>
        {
            process.Refresh();
            return sum + process.TotalProcessorTime;
        });
    }

    /// <summary>The working set of each app process now (empty when the app runs in this process).</summary>
    public IReadOnlyList<long> WorkingSets() =>
        _processes.Select(process =>
        {
            process.Refresh();
            return process.WorkingSet64;
        }).ToList();

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        foreach (var process in _processes)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            process.Dispose();
        }

        _processes.Clear();
    }

    private async Task StartProcessAsync(DatabaseTarget database, string dataFolder, string accessLog, int number)
    {
        var assembly = WebAssembly();
        var port = FreeLoopbackPort();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(assembly),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(assembly);
        foreach (var name in start.Environment.Keys.Where(name => name.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase) || name.StartsWith("DOTNET_ENVIRONMENT", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Storage__DataDirectory"] = dataFolder;
        start.Environment["Database__Provider"] = database.Provider.ToString();
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Warning";
        if (database.IsPostgreSql)
        {
            start.Environment["ConnectionStrings__Meldcode"] = database.ConnectionString;
        }

        if (accessLog == "every-read")
        {
            start.Environment["AccessLog__MergeReadsWithinSeconds"] = "0";
        }

        var output = new List<string>();
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => Collect(output, line.Data);
        process.ErrorDataReceived += (_, line) => Collect(output, line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _processes.Add(process);

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var watch = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Instance {number} stopped before it was ready:{Environment.NewLine}{string.Join(Environment.NewLine, Snapshot(output))}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/health/ready"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    break;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }

            if (watch.Elapsed > StartTimeout)
            {
                throw new TimeoutException($"Instance {number} was not ready within {StartTimeout.TotalSeconds:0} s:{Environment.NewLine}{string.Join(Environment.NewLine, Snapshot(output))}");
            }

            await Task.Delay(200);
        }

        Console.WriteLine($"Instance {number}: process {process.Id} on port {port}, ready after {watch.Elapsed.TotalSeconds:F1} s.");
        Addresses.Add(new Uri($"http://localhost:{port}"));
    }

    /// <summary>src/Meldcode.Web/bin/&lt;configuration&gt;/&lt;framework&gt;/Meldcode.Web.dll, built with the benchmark (a project reference).</summary>
    private static string WebAssembly()
    {
        var output = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
        var assembly = Path.Combine(DossierLoadBenchmark.WebContentRoot(), "bin", output.Parent!.Name, output.Name, "Meldcode.Web.dll");
        return File.Exists(assembly) ? assembly : throw new InvalidOperationException($"{assembly} does not exist: build the solution in {output.Parent.Name} first.");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Collect(List<string> lines, string? line)
    {
        if (line is not null)
        {
            lock (lines)
            {
                lines.Add(line);
            }
        }
    }

    private static List<string> Snapshot(List<string> lines)
    {
        lock (lines)
        {
            return [.. lines];
        }
    }
}
