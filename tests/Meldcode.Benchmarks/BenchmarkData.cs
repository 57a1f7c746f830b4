using Meldcode.Domain.Common;
using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Organisations;
using Meldcode.Domain.Users;
using Meldcode.Infrastructure.Persistence;
using Meldcode.Testing;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Benchmarks;

/// <summary>
/// A large organisation: 20 locations, 25 professionals each, and the requested number of dossiers
/// spread evenly over the professionals, each walked to the weighing with the requested number of
/// signals. Written through the domain model, in batches.
/// </summary>
public static class BenchmarkData
{
    public const string MeasuredProfessional = "Benchmark Professional 0001";

    /// <summary>Migrates the database (an SQLite file or a PostgreSQL database) and writes the organisation and its dossiers into it.</summary>
    public static async Task SeedAsync(DatabaseTarget database, LoadOptions options, DateTimeOffset now)
    {
        var dbOptions = MeldcodeDatabase.OptionsFor(database);
        await using (var migrate = new ApplicationDbContext(dbOptions))
        {
            await migrate.Database.MigrateAsync();
        }

        var organisation = Organisation.Create("Benchmark Onderwijs", Sector.Education);
        var teams = Enumerable.Range(1, 20).Select(i => organisation.AddTeam($"Locatie {i:D2}")).ToList();
        var professionals = new List<(User User, Team Team)>();
        await using (var context = new ApplicationDbContext(dbOptions))
        {
            context.Organisations.Add(organisation);
            for (var i = 1; i <= teams.Count * 25; i++)
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
        const int batch = 250;
        for (var start = 0; start < options.Dossiers; start += batch)
        {
            await using var context = new ApplicationDbContext(dbOptions);
            context.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var n = start; n < Math.Min(start + batch, options.Dossiers); n++)
            {
                var (owner, team) = professionals[n % professionals.Count];
                var actor = new Actor(owner.Id, owner.DisplayName);
                var dossier = DossierBuilder.Open(organisation.Id, Sector.Education, team.Id, new DossierNumber(today.Year, n + 1), new Child($"Kind{n}", "Benchmark", today.AddYears(-9), "groep 6"), actor, now);
                for (var s = 0; s < options.SignalsPerDossier; s++)
                {
                    dossier.WithSignal(new SignalInput(today.AddDays(-s - 1), new TimeOnly(8, 30), "klaslokaal", owner.DisplayName, SignalSource.OwnObservation, null, (SignalCategory)(s % 10 + 1), $"Waarneming {s}: het kind kwam zonder jas en zonder ontbijt op school en vertelde dat het thuis koud was.", "Ik had honger.", "Mogelijk verwaarlozing."));
                }

                dossier.WithConsultation(new ConsultationInput(ConsultationKind.SafeguardingLead, today, "intern begeleider", "Hoe verder?", "Ga in gesprek.", null, ConsentToShare.NotAsked));
                context.Dossiers.Add(dossier.Build());
            }

            context.ChangeTracker.DetectChanges();
            await context.SaveChangesAsync();
        }
    }
}
