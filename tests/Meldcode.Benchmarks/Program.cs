using BenchmarkDotNet.Running;

namespace Meldcode.Benchmarks;

/// <summary>
/// Usage:
/// <c>dotnet run -c Release --project tests/Meldcode.Benchmarks -- dossiers [--dossiers 10000] [--signals 20] [--concurrency 16] [--requests 4000] [--driver client|wrk] [--pages all|list|overview] [--data FOLDER] [--warmup SECONDS] [--access-log on|off|every-read]</c>
/// (pages under load), <c>-- live [--participants 2000] [--seconds 10] [--join-concurrency 50] [--follow 1|0] [--warmup 200]</c> (one live
/// dilemma session with many participants), <c>-- team [--dossiers 100000] [--teams 50] [--open 10] [--concurrency 16] [--driver client|wrk] [--data FOLDER] [--seconds 15] [--warmup 10]</c>
/// (the aandachtsfunctionaris's team overview), or <c>-- pdf</c> (the dossier record, BenchmarkDotNet).
/// <c>dossiers</c> and <c>live</c> also take <see cref="Deployment.Usage"/> (PostgreSQL beside SQLite, two instances beside one).
/// </summary>
public static class BenchmarkEntryPoint
{
    private const string Usage =
        "Usage: dotnet run -c Release --project tests/Meldcode.Benchmarks -- dossiers [--dossiers N] [--signals N] [--concurrency N] [--requests N] [--driver client|wrk] [--pages all|list|overview] [--data FOLDER] [--warmup SECONDS] [--access-log on|off|every-read] " + Deployment.Usage + "\n"
        + "   or: dotnet run -c Release --project tests/Meldcode.Benchmarks -- live [--participants N] [--seconds N] [--join-concurrency N] [--follow 1|0] [--warmup N] " + Deployment.Usage + "\n"
        + "   or: dotnet run -c Release --project tests/Meldcode.Benchmarks -- team [--dossiers N] [--teams N] [--open PERCENT] [--concurrency N] [--driver client|wrk] [--data FOLDER] [--seconds N] [--warmup N]\n"
        + "   or: dotnet run -c Release --project tests/Meldcode.Benchmarks -- pdf [BenchmarkDotNet options]";

    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "pdf")
        {
            var summary = BenchmarkRunner.Run<DossierRecordBenchmark>(args: args[1..]);
            return summary.HasCriticalValidationErrors ? 1 : 0;
        }

        if (TeamOptions.Parse(args) is { } team)
        {
            return await TeamLoadBenchmark.RunAsync(team);
        }

        if (LiveOptions.Parse(args) is { } live)
        {
            return await LiveSessionBenchmark.RunAsync(live);
        }

        var options = LoadOptions.Parse(args);
        if (options is null)
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        return await DossierLoadBenchmark.RunAsync(options);
    }
}
