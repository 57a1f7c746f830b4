using System.Net;
using System.Text.Json;
using Meldcode.EndToEnd.Tests.Support;

namespace Meldcode.EndToEnd.Tests;

/// <summary>
/// The built application started as a real process in Production, as an operator would: it refuses
/// to start when it cannot work safely and says what to do, and runs once it is set up.
/// </summary>
public sealed class ProductionStartupTests : IDisposable
{
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromSeconds(90);

    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("meldcode-production-").FullName;

    public void Dispose() => Directory.Delete(_dataDirectory, recursive: true);

    [Fact]
    public async Task Starting_in_production_without_an_identity_provider_is_refused()
    {
        await using var app = AppProcess.Start(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Storage__DataDirectory"] = _dataDirectory,
        });

        var exitCode = await app.WaitForExitAsync(ProcessTimeout);

        Assert.True(exitCode == 1, $"Expected exit code 1. Output:{Environment.NewLine}{app.Output}");
        Assert.DoesNotContain("Unhandled exception", app.Output, StringComparison.Ordinal);
        Assert.Contains("identity provider", app.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Starting_in_production_with_pending_migrations_is_refused_and_says_how_to_migrate()
    {
        await using var app = AppProcess.Start(ProductionSettings());

        var exitCode = await app.WaitForExitAsync(ProcessTimeout);

        Assert.True(exitCode == 1, $"Expected exit code 1. Output:{Environment.NewLine}{app.Output}");
        Assert.DoesNotContain("Unhandled exception", app.Output, StringComparison.Ordinal);
        Assert.Contains("pending migration", app.Output, StringComparison.Ordinal);
        Assert.Contains("migrate", app.Output.Replace("pending migration", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_the_migrate_command_the_app_starts_in_production_reports_ready_and_logs_json()
    {
        await using (var migrate = AppProcess.Start(ProductionSettings(), "migrate"))
        {
            var migrateExitCode = await migrate.WaitForExitAsync(ProcessTimeout);

            Assert.True(migrateExitCode == 0, $"migrate exited with {migrateExitCode}. Output:{Environment.NewLine}{migrate.Output}");
            Assert.Matches(@"Applied [1-9]\d* migration\(s\)", migrate.Output);
        }

        var port = AppProcess.FreeLoopbackPort();
        var settings = ProductionSettings();
        settings["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        await using var app = AppProcess.Start(settings);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };

        using var response = await WaitUntilReachableAsync(app, http, "/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        Assert.True(
            app.StandardOutputLines.Any(IsJsonLogEntry),
            $"Expected JSON console logs outside Development. Standard output:{Environment.NewLine}{string.Join(Environment.NewLine, app.StandardOutputLines)}");
    }

    private Dictionary<string, string> ProductionSettings() => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Storage__DataDirectory"] = _dataDirectory,
        ["Authentication__Oidc__Authority"] = "https://idp.example",
        ["Authentication__Oidc__ClientId"] = "meldcode",
        ["Authentication__Oidc__ClientSecret"] = "test-only-secret",
        ["Organisation__Name"] = "Stichting Kindcentra Noord",
        ["Organisation__Sector"] = "Education",
    };

    /// <summary>Polls until the app answers at all (any status), failing early if it exits and after a bounded time.</summary>
    private static async Task<HttpResponseMessage> WaitUntilReachableAsync(AppProcess app, HttpClient http, string path)
    {
        var deadline = DateTimeOffset.UtcNow + ProcessTimeout;
        while (true)
        {
            if (app.HasExited)
            {
                Assert.Fail($"The application stopped before it answered. Output:{Environment.NewLine}{app.Output}");
            }

            try
            {
                return await http.GetAsync(new Uri(path, UriKind.Relative));
            }
            catch (HttpRequestException) when (DateTimeOffset.UtcNow < deadline)
            {
                // Not listening yet; poll again shortly.
            }

            if (DateTimeOffset.UtcNow >= deadline)
            {
                Assert.Fail($"The application did not answer within {ProcessTimeout.TotalSeconds:0} s. Output:{Environment.NewLine}{app.Output}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }

    private static bool IsJsonLogEntry(string line)
    {
        try
        {
            using var entry = JsonDocument.Parse(line);
            return entry.RootElement.ValueKind == JsonValueKind.Object && entry.RootElement.TryGetProperty("LogLevel", out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
