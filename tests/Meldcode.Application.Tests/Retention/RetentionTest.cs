using Meldcode.Application.Retention;
using Meldcode.Domain.Drafts;
using Microsoft.Data.Sqlite;
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
        await using var connection = new SqliteConnection($"Data Source={Database.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        var columns = new List<(string Table, string Column)>();
        await using (var tables = connection.CreateCommand())
        {
            tables.CommandText = "SELECT m.name, p.name FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS p WHERE m.type = 'table' AND p.name IN ('DossierId', 'AboutDossierId')";
            await using var reader = await tables.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        var counts = new Dictionary<string, long>();
        foreach (var (table, column) in columns)
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table}\" WHERE upper(\"{column}\") = upper($id)";
            count.Parameters.AddWithValue("$id", dossierId.ToString());
            counts[table] = (long)(await count.ExecuteScalarAsync())!;
        }

        counts["Dossiers"] = await CountAsync(connection, "SELECT COUNT(*) FROM Dossiers WHERE upper(Id) = upper($id)", dossierId);
        return counts;
    }

    protected static async Task<long> CountAsync(SqliteConnection connection, string sql, Guid id)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", id.ToString());
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
