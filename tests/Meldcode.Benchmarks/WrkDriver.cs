using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Meldcode.Benchmarks;

/// <summary>
/// Runs Debian's wrk against the running server: 2 threads, the requested number of connections
/// (concurrent requests), for a fixed time, with the signed-in session's cookie, and reads its
/// latency distribution. A native client takes far less of the machine's two cores than HttpClient.
/// </summary>
internal static partial class WrkDriver
{
    /// <summary>
    /// Loads <paramref name="path"/> on every instance at once, one wrk per instance with an equal share of the
    /// connections (with one instance: all of them). The CPU per request is the app's CPU time (its processes', or with the
    /// app in this process this process's) over all requests answered.
    /// </summary>
    public static async Task<DossierLoadBenchmark.Summary> MeasureAsync(HttpClient client, string path, LoadOptions options, AppInstances? app)
    {
        var cookie = client.DefaultRequestHeaders.GetValues("Cookie").Single();
        var urls = (app?.Addresses ?? [client.BaseAddress!]).Select(address => new Uri(address, path).ToString()).ToList();
        var connections = Math.Max(2, options.Concurrency / urls.Count); // wrk needs at least one connection per thread
        await Task.WhenAll(urls.Select(url => RunAsync(url, cookie, connections, options.WarmUpSeconds))); // warm-up: the JIT tiers the hot paths up
        var cpuBefore = CpuTime(app);
        var outputs = await Task.WhenAll(urls.Select(url => RunAsync(url, cookie, connections, options.Seconds)));
        var serverCpu = CpuTime(app) - cpuBefore; // wrk runs in its own process

        var perInstance = outputs.Select(output => Read(path, output)).ToList();
        var requests = perInstance.Sum(s => s.Count);
        var cpuPerRequest = serverCpu.TotalMilliseconds / requests;
        if (perInstance.Count == 1)
        {
            return perInstance[0] with { ServerCpuPerRequest = cpuPerRequest };
        }

        return new DossierLoadBenchmark.Summary(
            requests,
            perInstance.Max(s => s.Median),
            perInstance.Max(s => s.P90),
            perInstance.Max(s => s.P99),
            perInstance.Max(s => s.Max),
            perInstance.Sum(s => s.Throughput),
            cpuPerRequest,
            perInstance);
    }

    private static TimeSpan CpuTime(AppInstances? app)
    {
        if (app is not null)
        {
            return app.CpuTime();
        }

        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    /// <summary>One wrk run's requests, latency percentiles and throughput.</summary>
    private static DossierLoadBenchmark.Summary Read(string path, string output)
    {
        if (Regex.IsMatch(output, "Non-2xx or 3xx responses"))
        {
            throw new InvalidOperationException($"wrk saw failed responses for {path}:{Environment.NewLine}{output}");
        }

        double Percentile(string label) => Read(output, () => ToMilliseconds(Regex.Match(output, $@"^\s+{label}%\s+(\S+)$", RegexOptions.Multiline).Groups[1].Value));
        var requests = int.Parse(Requests().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var perSecond = double.Parse(PerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var max = ToMilliseconds(Max().Match(output).Groups[1].Value);
        return new DossierLoadBenchmark.Summary(requests, Percentile("50"), Percentile("90"), Percentile("99"), max, perSecond);
    }

    private static async Task<string> RunAsync(string url, string cookie, int connections, int seconds)
    {
        var start = new ProcessStartInfo("wrk")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "-t2", $"-c{connections}", $"-d{seconds}s", "--latency", "--timeout", "10s",
                     "-H", $"Cookie: {cookie}", "-H", "Accept: text/html", url,
                 })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start (apt-get install wrk).");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"wrk failed: {await process.StandardError.ReadToEndAsync()}");
    }

    /// <summary>A number read from wrk's output; if wrk printed something else, the error shows what it printed.</summary>
    private static double Read(string output, Func<double> read)
    {
        try
        {
            return read();
        }
        catch (FormatException exception)
        {
            throw new InvalidOperationException($"Could not read wrk's output:{Environment.NewLine}{output}", exception);
        }
    }

    /// <summary>wrk prints times as 812.00us, 3.21ms or 1.02s.</summary>
    private static double ToMilliseconds(string value)
    {
        var match = Duration().Match(value);
        var number = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "us" => number / 1000,
            "ms" => number,
            "s" => number * 1000,
            "m" => number * 60_000,
            _ => throw new FormatException($"Unknown duration '{value}'."),
        };
    }

    [GeneratedRegex(@"^([\d.]+)(us|ms|s|m)$")]
    private static partial Regex Duration();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex Requests();

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex PerSecond();

    [GeneratedRegex(@"Latency\s+\S+\s+\S+\s+(\S+)")]
    private static partial Regex Max();
}
