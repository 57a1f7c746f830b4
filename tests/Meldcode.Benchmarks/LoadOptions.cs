using System.Globalization;

namespace Meldcode.Benchmarks;

/// <summary>Driver: "client" (a .NET HttpClient in this process) or "wrk" (Debian's wrk, a native load generator, in its own process).</summary>
/// <summary>Warm-up: seconds of load before each measured page (wrk), so that the JIT has finished tiering up the hot paths, as in a server that has been running.</summary>
/// <summary>Data: a folder to seed once and keep (later runs with the same folder reuse its database), instead of a new temporary one.</summary>
/// <summary>Pages: "all" (with the comparison pages), "list" (My dossiers) or "overview" (one dossier overview), e.g. to profile one page.</summary>
/// <summary>Access log: "on" (as installed: repeated reads within a minute are one line), "every-read" (a line for every read) or "off" (no lines; for comparison only — Meldcode itself has no such switch).</summary>
/// <summary>Deployment: the database provider and the number of app instances (issue 15), see <see cref="Benchmarks.Deployment"/>.</summary>
public sealed record LoadOptions(int Dossiers, int SignalsPerDossier, int Concurrency, int Requests, string Driver = "client", int Seconds = 20, string Pages = "all", string? DataFolder = null, int WarmUpSeconds = 10, string AccessLog = "on")
{
    public Deployment Deployment { get; init; } = new();

    public static LoadOptions? Parse(string[] args)
    {
        if (args.Length == 0 || args[0] != "dossiers")
        {
            return null;
        }

        var options = new LoadOptions(10_000, 20, 16, 4_000);
        var deployment = new Deployment();
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            if (Deployment.TryRead(args[i], args[i + 1], ref deployment))
            {
                continue;
            }

            if (args[i] == "--driver")
            {
                options = options with { Driver = args[i + 1] };
                continue;
            }

            if (args[i] == "--data")
            {
                options = options with { DataFolder = args[i + 1] };
                continue;
            }

            if (args[i] == "--access-log")
            {
                options = options with { AccessLog = args[i + 1] is "on" or "off" or "every-read" ? args[i + 1] : throw new ArgumentException("--access-log is on, off or every-read") };
                continue;
            }

            if (args[i] == "--pages")
            {
                options = options with { Pages = args[i + 1] };
                continue;
            }

            var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--seconds" => options with { Seconds = value },
                "--warmup" => options with { WarmUpSeconds = value },
                "--dossiers" => options with { Dossiers = value },
                "--signals" => options with { SignalsPerDossier = value },
                "--concurrency" => options with { Concurrency = value },
                "--requests" => options with { Requests = value },
                _ => throw new ArgumentException($"Unknown option {args[i]}"),
            };
        }

        return options with { Deployment = deployment.Validated() };
    }
}
