using Meldcode.Application.Retention;
using Meldcode.Domain.Drafts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Meldcode.Application.Tests.Retention;

/// <summary>What the retention tests share: closing a dossier with parts of every kind, running the job, counting rows.</summary>
public abstract class RetentionTest : SchoolTest
{
    /// <summary>A dossier with signals, a consultation, a conversation, a form draft about it and the lead's inbox item, closed now.</summary>
    protected async Task<Guid> ClosedDossierWithEverythingAsync()
    {
        var id = await Dossiers.OpenAsync();
        await Dossiers.MakeReadyToWeighAsync(id);
        await Host.WithContextAsync(async context =>
        {
            context.FormDrafts.Add(FormDraft.Start(School.Owner.Id, $"dossiers/{id}/opmerking", id, "{\"Text\":\"concept\"}", Clock.Now));
            return await context.SaveChangesAsync();
        });
        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.Close);
        return id;
    }

    protected static async Task<RetentionRun> RunJobAsync(ApplicationHost host)
    {
        using var scope = host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<RetentionSweep>().RunAsync(CancellationToken.None);
    }

    /// <summary>For every table with a column naming a dossier (DossierId, AboutDossierId): how many of its rows name this dossier.</summary>
    protected async Task<Dictionary<string, long>> RowsAboutAsync(Guid dossierId)
    {
        await using var context = Database.CreateContext();
        var columns = context.Model.GetRelationalModel().Tables
            .SelectMany(t => t.Columns.Where(c => c.Name is "DossierId" or "AboutDossierId").Select(c => (Table: t.Name, Column: c.Name)))
            .Append((Table: "Dossiers", Column: "Id"))
            .Distinct();
        var counts = new Dictionary<string, long>();
        foreach (var (table, column) in columns)
        {
            // Names from the model, not from input; the identifier as a parameter of EF Core's own mapping (TEXT in SQLite, uuid in PostgreSQL).
            var sql = "SELECT COUNT(*) AS \"Value\" FROM \"" + table + "\" WHERE \"" + column + "\" = {0}";
            counts[table] = await context.Database.SqlQueryRaw<long>(sql, dossierId).SingleAsync();
        }

        return counts;
    }
}
