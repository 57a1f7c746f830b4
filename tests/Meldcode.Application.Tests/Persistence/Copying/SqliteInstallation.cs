using System.Data.Common;
using Meldcode.Application.Dossiers.DecideDestructionRequest;
using Meldcode.Application.Dossiers.RecordDestructionRequest;
using Meldcode.Application.StaffConcerns.AcknowledgeStaffConcern;
using Meldcode.Application.StaffConcerns.RaiseStaffConcern;
using Meldcode.Application.Tests.DilemmaSessions.Support;
using Meldcode.Domain.Retention;
using Meldcode.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Meldcode.Application.Tests.Persistence.Copying;

/// <summary>
/// An SQLite installation as a school has it after a while, built through the use cases: dossiers at every stage with
/// their chronology, an access log of many lines, a concern about a staff member, the dilemma library with a dilemma of
/// the school's own, a live session with votes, a dossier destroyed on request (its deletion record), and a Data
/// Protection key ring in the data folder that protected a cookie.
/// </summary>
public sealed class SqliteInstallation : IAsyncLifetime, IDisposable
{
    /// <summary>A text protected by the installation's key ring, as a sign-in cookie is.</summary>
    public const string ProtectedText = "nog steeds ingelogd";

    public const string CookiePurpose = "Meldcode.Tests.Copying";

    private School? _school;

    public SqliteInstallation()
    {
        Host = new ApplicationHost(Database, Clock);
    }

    public TestClock Clock { get; } = new();

    public TestDatabase Database { get; } = new(DatabaseProvider.Sqlite);

    public ApplicationHost Host { get; }

    public School School => _school ?? throw new InvalidOperationException("The installation is built in InitializeAsync.");

    /// <summary>A dossier decided with a report to Veilig Thuis, co-signed by the aandachtsfunctionaris.</summary>
    public Guid ReportedDossierId { get; private set; }

    /// <summary>A dossier with a collaborator and an open request for advice.</summary>
    public Guid OpenDossierId { get; private set; }

    public string ProtectedCookie { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        await Database.MigrateAsync();
        _school = await Host.WithContextAsync(School.SaveAsync);
        var dossiers = new DossierDriver(Host, Clock, School);

        ReportedDossierId = await dossiers.OpenDecidedAsync(Outcome.ReportAndHelp);
        OpenDossierId = await dossiers.OpenWithEveryoneAsync();
        await dossiers.OpenDecidedAsync(Outcome.Close);
        foreach (var reader in new[] { School.Owner, School.LeadA, School.Owner })
        {
            await dossiers.ViewAsync(reader, ReportedDossierId);
        }

        // Destroyed on request: the dossier goes, its deletion record and the access log's line about it stay.
        var destroyed = await dossiers.OpenAsync(firstName: "Sem");
        await dossiers.ChangeAsync(School.Owner, destroyed, ValidCommands.Close);
        await dossiers.ChangeAsync(School.LeadA, destroyed, s => new RecordDestructionRequestCommand(s.Id, s.Version, DestructionRequester.ParentWithAuthority, 9, s.Today));
        await dossiers.ChangeAsync(School.LeadA, destroyed, s => new DecideDestructionRequestCommand(s.Id, s.Version, true, "De zorgen bleken ongegrond."));

        var concern = await Host.SendAsAsync(School.Owner, new RaiseStaffConcernCommand("Tim de Leeuw", "Meester Tim deed de deur van de gymzaal op slot."));
        await Host.SendAsAsync(School.Board, new AcknowledgeStaffConcernCommand(concern));

        using (var scope = Host.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<BuiltInDilemmaSync>().SynchroniseAsync(CancellationToken.None);
        }

        var sessions = new SessionDriver(Host, School);
        await sessions.WriteDilemmaAsync(School.Organisation.Id, "eigen-dilemma", "Ons eigen dilemma");
        var session = await sessions.RunAsync(participants: 3);
        await sessions.VoteAsync(session, "0:0:1", "A", "b", "c");
        await sessions.ReflectAsync(session[0], "Ik had eerder met de intern begeleider moeten praten.");

        ProtectedCookie = Host.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(CookiePurpose).Protect(ProtectedText);
    }

    /// <summary>The rows of every table of the model in a database, by table name.</summary>
    public static async Task<Dictionary<string, long>> RowsPerTableAsync(TestDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var context = database.CreateContext();
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync();
        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in context.Model.GetRelationalModel().Tables)
        {
            await using DbCommand count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table.Name}\"";
            rows[table.Name] = Convert.ToInt64(await count.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }

        return rows;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        Host.Dispose();
        Database.Dispose();
    }
}
