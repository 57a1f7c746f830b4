using System.Diagnostics;
using System.Globalization;
using Meldcode.Domain.Common;
using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Organisations;
using Meldcode.Domain.Users;
using Meldcode.Infrastructure.Persistence;
using Meldcode.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Meldcode.Benchmarks;

/// <summary>
/// Options of the team overview benchmark: the organisation's dossiers, over how many teams, which share is open (per cent),
/// and the load (as for <see cref="LoadOptions"/>).
/// </summary>
public sealed record TeamOptions(int Dossiers = 100_000, int Teams = 50, int OpenPercent = 10, int Concurrency = 16, int Requests = 4_000, string Driver = "client", int Seconds = 15, int WarmUpSeconds = 10, string? DataFolder = null)
{
    /// <summary>How many locations the measured aandachtsfunctionaris leads.</summary>
    public const int LeadTeams = 5;

    public static TeamOptions? Parse(string[] args)
    {
        if (args.Length == 0 || args[0] != "team")
        {
            return null;
        }

        var options = new TeamOptions();
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            options = args[i] switch
            {
                "--driver" => options with { Driver = args[i + 1] },
                "--data" => options with { DataFolder = args[i + 1] },
                "--dossiers" => options with { Dossiers = Number(args[i + 1]) },
                "--teams" => options with { Teams = Number(args[i + 1]) },
                "--open" => options with { OpenPercent = Number(args[i + 1]) },
                "--concurrency" => options with { Concurrency = Number(args[i + 1]) },
                "--requests" => options with { Requests = Number(args[i + 1]) },
                "--seconds" => options with { Seconds = Number(args[i + 1]) },
                "--warmup" => options with { WarmUpSeconds = Number(args[i + 1]) },
                _ => throw new ArgumentException($"Unknown option {args[i]}"),
            };
        }

        return options;
    }

    /// <summary>The same load as options of the dossier pages' drivers.</summary>
    public LoadOptions Load => new(Dossiers, 0, Concurrency, Requests, Driver, Seconds, "team", DataFolder, WarmUpSeconds);

    private static int Number(string value) => int.Parse(value, CultureInfo.InvariantCulture);
}

/// <summary>
/// The aandachtsfunctionaris's team overview (issue 13) on a large organisation: <see cref="TeamOptions.Dossiers"/> dossiers
/// over <see cref="TeamOptions.Teams"/> locations, a share of them open, and a lead of <see cref="TeamOptions.LeadTeams"/>
/// locations who opens /team (all five), a flag filter and a name search, under concurrent requests over real HTTP.
/// </summary>
public static class TeamLoadBenchmark
{
    public const string MeasuredLead = "Benchmark Aandachtsfunctionaris";

    public static async Task<int> RunAsync(TeamOptions options)
    {
        var folder = options.DataFolder ?? Directory.CreateTempSubdirectory("meldcode-team-bench-").FullName;
        try
        {
            var database = Path.Combine(folder, "meldcode.db");
            if (File.Exists(database))
            {
                Console.WriteLine($"Reusing the database in {folder} (seeded by an earlier run with --data).");
            }
            else
            {
                Directory.CreateDirectory(folder);
                var seedTimer = Stopwatch.StartNew();
                var open = await SeedAsync(database, options, DateTimeOffset.UtcNow);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Seeded {options.Dossiers} dossiers over {options.Teams} teams ({open} open) in {seedTimer.Elapsed.TotalSeconds:F1} s."));
            }

            Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_MELDCODE_WEB", DossierLoadBenchmark.WebContentRoot());
            await using var factory = new DossierLoadBenchmark.BenchmarkFactory(folder);
            factory.UseKestrel(0);
            factory.StartServer();
            var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var handler = new SocketsHttpHandler { UseCookies = false, MaxConnectionsPerServer = options.Concurrency, AllowAutoRedirect = false };
            using var client = new HttpClient(handler) { BaseAddress = new Uri(address.Replace("127.0.0.1", "localhost", StringComparison.Ordinal)) };
            client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
            await DossierLoadBenchmark.SignInAsync(client, MeasuredLead);

            var first = await client.GetStringAsync(new Uri("/team", UriKind.Relative));
            var count = System.Text.RegularExpressions.Regex.Match(first, @"(\d+) dossiers, pagina 1 van (\d+)");
            Console.WriteLine($"The lead's overview: {count.Value} (5 locations, in a database of {options.Dossiers}).");

            var load = options.Load;
            var results = new List<(string Name, DossierLoadBenchmark.Summary Summary)>
            {
                ("Start page (/), for comparison", await DossierLoadBenchmark.MeasureAsync(client, "/", load)),
                ("Team overview (/team, 5 locations)", await DossierLoadBenchmark.MeasureAsync(client, "/team", load)),
                ("Team overview, flag filter (/team?vlag=Stalled)", await DossierLoadBenchmark.MeasureAsync(client, "/team?vlag=Stalled", load)),
                ("Team overview, name search (/team?zoek=kind12)", await DossierLoadBenchmark.MeasureAsync(client, "/team?zoek=kind12", load)),
                ("Team overview, step and page (/team?stap=Consultation&pagina=2)", await DossierLoadBenchmark.MeasureAsync(client, "/team?stap=Consultation&pagina=2", load)),
            };

            Console.WriteLine();
            Console.WriteLine($"Driver: {options.Driver}");
            Console.WriteLine("| Page | Requests | Concurrency | Median (ms) | p90 (ms) | p99 (ms) | Max (ms) | Requests/s | Server CPU per request (ms) |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
            foreach (var (name, s) in results)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {s.Count} | {options.Concurrency} | {s.Median:F1} | {s.P90:F1} | {s.P99:F1} | {s.Max:F1} | {s.Throughput:F0} | {(s.ServerCpuPerRequest is { } cpu ? cpu.ToString("F2", CultureInfo.InvariantCulture) : "–")} |"));
            }

            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (options.DataFolder is null)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>
    /// The organisation: 10 professionals per team (one in each of the lead's teams deactivated), the lead of the first five
    /// teams, and the dossiers spread over the professionals, opened over the last 120 days. <see cref="TeamOptions.OpenPercent"/>
    /// of them stay open, in various states (signals recorded, acute danger); the rest are closed. Returns how many are open.
    /// </summary>
    private static async Task<int> SeedAsync(string databasePath, TeamOptions options, DateTimeOffset now)
    {
        var dbOptions = MeldcodeDatabase.OptionsFor(DatabaseTarget.Sqlite(databasePath));
        await using (var migrate = new ApplicationDbContext(dbOptions))
        {
            await migrate.Database.MigrateAsync();
        }

        var organisation = Organisation.Create("Benchmark Onderwijs", Sector.Education);
        var teams = Enumerable.Range(1, options.Teams).Select(i => organisation.AddTeam($"Locatie {i:D2}")).ToList();
        var professionals = new List<(User User, Team Team)>();
        await using (var context = new ApplicationDbContext(dbOptions))
        {
            context.Organisations.Add(organisation);
            var lead = User.Create(organisation, MeasuredLead, null);
            foreach (var team in teams.Take(TeamOptions.LeadTeams))
            {
                lead.Grant(Role.SafeguardingLead, team);
            }

            context.Users.Add(lead);
            for (var i = 1; i <= teams.Count * 10; i++)
            {
                var team = teams[(i - 1) % teams.Count];
                var user = User.Create(organisation, $"Benchmark Professional {i:D4}", null);
                user.Grant(Role.Professional, team);
                professionals.Add((user, team));
                context.Users.Add(user);
            }

            await context.SaveChangesAsync();
        }

        var today = DutchTime.Today(now);
        var signal = new SignalInput(today.AddDays(-130), new TimeOnly(8, 30), "klaslokaal", "leerkracht", SignalSource.OwnObservation, null, SignalCategory.PhysicalNeglect, "Het kind kwam zonder jas en zonder ontbijt op school.", "Ik had honger.", "Mogelijk verwaarlozing.");
        var open = 0;
        const int batch = 1_000;
        for (var start = 0; start < options.Dossiers; start += batch)
        {
            await using var context = new ApplicationDbContext(dbOptions);
            context.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var n = start; n < Math.Min(start + batch, options.Dossiers); n++)
            {
                var (owner, team) = professionals[n % professionals.Count];
                var actor = new Actor(owner.Id, owner.DisplayName);
                var moment = now.AddHours(-(n * 7 % (120 * 24)));
                var builder = DossierBuilder.Open(organisation.Id, Sector.Education, team.Id, new DossierNumber(today.Year, n + 1), new Child($"Kind{n}", "Benchmark", today.AddYears(-9), "groep 6"), actor, moment);
                var dossier = builder.Build();
                // Dossier n belongs to team n mod Teams; counting each team's dossiers (n / Teams) spreads the open share evenly over the teams.
                if (n / options.Teams % 100 < options.OpenPercent)
                {
                    open++;
                    if (n % 3 == 0)
                    {
                        builder.WithSignal(signal);
                    }

                    if (n % 97 == 0)
                    {
                        dossier.RecordEmergencyAction("112 gebeld.", "Politie (112)", moment, actor, moment);
                    }
                }
                else
                {
                    dossier.Close("De zorgen bleken ongegrond na het gesprek met de ouders.", actor, moment);
                }

                context.Dossiers.Add(dossier);
            }

            context.ChangeTracker.DetectChanges();
            await context.SaveChangesAsync();
        }

        // One professional in each of the lead's teams has left: their open dossiers have no active owner.
        await using (var context = new ApplicationDbContext(dbOptions))
        {
            var leaving = professionals.Take(TeamOptions.LeadTeams).Select(p => p.User.Id).ToList();
            foreach (var user in await context.Users.Where(u => leaving.Contains(u.Id)).ToListAsync())
            {
                user.Deactivate();
            }

            await context.SaveChangesAsync();
        }

        return open;
    }
}
