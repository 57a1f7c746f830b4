namespace Meldcode.Benchmarks;

/// <summary>Usage: dotnet run -c Release --project tests/Meldcode.Benchmarks -- dossiers [--dossiers 10000] [--signals 20] [--concurrency 16] [--requests 4000]</summary>
public static class BenchmarkEntryPoint
{
    public static async Task<int> Main(string[] args)
    {
        var options = LoadOptions.Parse(args);
        if (options is null)
        {
            await Console.Error.WriteLineAsync("Usage: dotnet run -c Release --project tests/Meldcode.Benchmarks -- dossiers [--dossiers N] [--signals N] [--concurrency N] [--requests N]");
            return 2;
        }

        return await DossierLoadBenchmark.RunAsync(options);
    }
}
