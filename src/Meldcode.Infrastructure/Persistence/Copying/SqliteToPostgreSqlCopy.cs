using System.Globalization;
using System.Xml.Linq;
using Meldcode.Application.AccessLog.VerifyAccessLog;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;

namespace Meldcode.Infrastructure.Persistence.Copying;

/// <summary>
/// Moves an SQLite installation into an empty PostgreSQL database (<c>dotnet Meldcode.Web.dll copy-to-postgresql</c>):
/// <list type="number">
/// <item>refuses when the SQLite database is missing or has pending migrations (the copy is made for one schema);</item>
/// <item>migrates the PostgreSQL database, and refuses when any of its tables already holds rows;</item>
/// <item>copies every table of the model, parents before children, column by column by name, with binary COPY, in ONE
/// transaction on the target: a copy that fails part-way leaves nothing behind; the source is read in one snapshot;</item>
/// <item>sets the identity sequences past the copied keys, and stores the key ring of the data folder's <c>keys</c> folder
/// in the table <c>DataProtectionKeys</c> (where a PostgreSQL installation keeps it), so signed-in users stay signed in;</item>
/// <item>after the commit verifies: the rows per table on both sides, and the access log's chain on the target.</item>
/// </list>
/// Both providers store the same values (moments as UTC ticks, dates as ISO text, enums by name; see
/// <see cref="ValueConversions"/>); only GUIDs (text in SQLite, uuid in PostgreSQL) and booleans (0/1, boolean) change their
/// form, and each is read as the type the PostgreSQL column holds. Progress lines name tables and counts, never content.
/// </summary>
public sealed class SqliteToPostgreSqlCopy
{
    /// <summary>The table of the Data Protection key ring (the key files of the data folder are stored there).</summary>
    public const string KeysTable = "DataProtectionKeys";

    private const int CopyStatementTimeoutSeconds = 600;

    private readonly DatabaseTarget _source;
    private readonly string? _keysFolder;
    private readonly DatabaseTarget _target;
    private readonly TextWriter _progress;

    /// <param name="source">The SQLite database of the installation.</param>
    /// <param name="keysFolder">The installation's Data Protection key folder (the data folder's <c>keys</c>), or null to leave the key ring behind.</param>
    /// <param name="target">The PostgreSQL database to fill; it may be new (it is migrated) but no table may hold rows.</param>
    /// <param name="progress">Where progress lines go (the console for the operator).</param>
    public SqliteToPostgreSqlCopy(DatabaseTarget source, string? keysFolder, DatabaseTarget target, TextWriter progress)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(progress);
        if (source.IsPostgreSql || !target.IsPostgreSql)
        {
            throw new ArgumentException("The copy goes from an SQLite database to a PostgreSQL database.", nameof(target));
        }

        _source = source;
        _keysFolder = keysFolder;
        _target = target;
        _progress = progress;
    }

    public async Task<CopyOutcome> RunAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(_source.ConnectionString))
        {
            return CopyOutcome.Refused(CopyStatus.SourceMissing,
                $"There is no SQLite database at {_source.ConnectionString}. Set Storage:DataDirectory to the data folder of the installation to move.");
        }

        await using (var source = new ApplicationDbContext(MeldcodeDatabase.OptionsFor(_source)))
        {
            var pending = (await source.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
            if (pending.Count > 0)
            {
                return CopyOutcome.Refused(CopyStatus.SourceNotMigrated,
                    $"The SQLite database has {pending.Count} pending migration(s) ({string.Join(", ", pending)}). "
                    + "Back up the data folder, apply them with: dotnet Meldcode.Web.dll migrate, then copy again.");
            }
        }

        IReadOnlyList<ITable> tables;
        await using (var target = new ApplicationDbContext(MeldcodeDatabase.OptionsFor(_target)))
        {
            var applied = (await target.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).Count();
            await target.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            await _progress.WriteLineAsync($"Migrated {_target.Describe()}: {applied} migration(s) applied.").ConfigureAwait(false);
            tables = InForeignKeyOrder(target.Model.GetRelationalModel().Tables);
        }

        var plans = tables.Select(TablePlan.For).ToList();
        var keyFiles = KeyFiles();
        var copied = await CopyAsync(plans, keyFiles, cancellationToken).ConfigureAwait(false);
        if (copied is not null)
        {
            return copied;
        }

        return await VerifyAsync(plans, keyFiles.Count, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Copies every table in one transaction on the target; returns the refusal or failure, or null once committed.</summary>
    private async Task<CopyOutcome?> CopyAsync(IReadOnlyList<TablePlan> plans, List<FileInfo> keyFiles, CancellationToken cancellationToken)
    {
        await using var target = new NpgsqlConnection(CopyConnectionString());
        await target.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await target.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        var filled = new List<string>();
        foreach (var plan in plans)
        {
            var rows = await CountAsync(target, plan.Name, cancellationToken).ConfigureAwait(false);
            if (rows > 0)
            {
                filled.Add($"{plan.Name} ({rows})");
            }
        }

        if (filled.Count > 0)
        {
            return CopyOutcome.Refused(CopyStatus.TargetNotEmpty,
                $"The PostgreSQL database is not empty: {string.Join(", ", filled)} already hold(s) rows. Nothing was copied. "
                + "Copy into a new, empty database (or drop and create this one again).");
        }

        await using var source = new SqliteConnection(StorageOptions.ConnectionStringFor(_source.ConnectionString));
        await source.OpenAsync(cancellationToken).ConfigureAwait(false);

        // One read transaction: every table is read from the same moment. ReadUncommitted makes Microsoft.Data.Sqlite begin a
        // deferred transaction, which takes no write lock; in WAL mode its first read fixes the snapshot (see
        // ApplicationDbContext.BeginReadSnapshotAsync).
        await using var snapshot = (SqliteTransaction)await source.BeginTransactionAsync(System.Data.IsolationLevel.ReadUncommitted, cancellationToken).ConfigureAwait(false);
        var current = string.Empty;
        try
        {
            foreach (var plan in plans)
            {
                current = plan.Name;
                var rows = await plan.CopyAsync(snapshot, target, cancellationToken).ConfigureAwait(false);
                await _progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Copied {plan.Name}: {rows} row(s).")).ConfigureAwait(false);
            }

            current = "(identity sequences)";
            await ResetIdentitySequencesAsync(target, plans, cancellationToken).ConfigureAwait(false);
            current = KeysTable;
            var keys = await StoreKeyRingAsync(target, keyFiles, cancellationToken).ConfigureAwait(false);
            if (keyFiles.Count > 0)
            {
                await _progress.WriteLineAsync($"Stored the Data Protection key ring: {keys} key file(s) from the data folder.").ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is PostgresException or SqliteException or FormatException or InvalidCastException or OverflowException or System.Xml.XmlException)
        {
            // The message names the rule that refused a value (a type, a length, a key), never the value: PostgreSQL's detail is left out.
            var reason = exception is PostgresException postgres ? $"{postgres.SqlState} {postgres.MessageText}" : exception.Message;
            return CopyOutcome.Refused(CopyStatus.CopyFailed,
                $"The copy failed at table {current}: {reason.TrimEnd('.')}. "
                + "Nothing was kept in the PostgreSQL database (the copy is one transaction); the SQLite database is unchanged.");
        }

        await snapshot.RollbackAsync(cancellationToken).ConfigureAwait(false);
        return null;
    }

    private async Task<CopyOutcome> VerifyAsync(IReadOnlyList<TablePlan> plans, int keyFiles, CancellationToken cancellationToken)
    {
        var counts = new List<TableCount>();
        await using (var source = new SqliteConnection(StorageOptions.ConnectionStringFor(_source.ConnectionString)))
        await using (var target = new NpgsqlConnection(CopyConnectionString()))
        {
            await source.OpenAsync(cancellationToken).ConfigureAwait(false);
            await target.OpenAsync(cancellationToken).ConfigureAwait(false);
            foreach (var plan in plans)
            {
                var inSource = await CountAsync(source, plan.Name, cancellationToken).ConfigureAwait(false);
                counts.Add(new TableCount(
                    plan.Name,
                    plan.Name == KeysTable ? inSource + keyFiles : inSource,
                    await CountAsync(target, plan.Name, cancellationToken).ConfigureAwait(false)));
            }
        }

        AccessLogCheck sourceLog, targetLog;
        await using (var source = new ApplicationDbContext(MeldcodeDatabase.OptionsFor(_source)))
        {
            sourceLog = await AccessLogCheck.RunAsync(source, cancellationToken).ConfigureAwait(false);
        }

        await using (var target = new ApplicationDbContext(MeldcodeDatabase.OptionsFor(_target)))
        {
            targetLog = await AccessLogCheck.RunAsync(target, cancellationToken).ConfigureAwait(false);
        }

        var differing = counts.Where(c => !c.IsEqual).ToList();
        if (differing.Count > 0)
        {
            return new CopyOutcome(CopyStatus.CountsDiffer,
                "The copy does not match: " + string.Join(", ", differing.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Table} has {c.Source} row(s) in SQLite and {c.Target} in PostgreSQL"))) + ".",
                counts, sourceLog, targetLog);
        }

        if (targetLog.Break is { } broken)
        {
            var inSource = sourceLog.Break is { } sourceBreak && sourceBreak.Sequence == broken.Sequence
                ? " The SQLite database's chain breaks at the same line: the copy is faithful, the log was already broken (see verify-access-log)."
                : " The SQLite database's chain does not break there: the copy changed the log.";
            return new CopyOutcome(CopyStatus.AccessLogBroken,
                string.Create(CultureInfo.InvariantCulture, $"The access log's chain is NOT intact in PostgreSQL: {broken.Describe()} ({targetLog.Checked} line(s) checked).{inSource}"),
                counts, sourceLog, targetLog);
        }

        return new CopyOutcome(CopyStatus.Verified,
            string.Create(CultureInfo.InvariantCulture, $"Copied and verified: {counts.Count} tables with as many rows on both sides; the access log's chain is intact ({targetLog.Checked} line(s) checked)."),
            counts, sourceLog, targetLog);
    }

    /// <summary>
    /// The target's connection string for the copy: a lock timeout (as the app has), and at least ten minutes per
    /// statement, because a large table's COPY ends with the check of all its foreign keys at once.
    /// </summary>
    private string CopyConnectionString()
    {
        var builder = new NpgsqlConnectionStringBuilder(MeldcodeDatabase.PostgreSqlConnectionString(_target.ConnectionString, StorageOptions.DefaultBusyTimeoutSeconds));
        if (builder.CommandTimeout is > 0 and < CopyStatementTimeoutSeconds)
        {
            builder.CommandTimeout = CopyStatementTimeoutSeconds;
        }

        return builder.ConnectionString;
    }

    /// <summary>Every identity (or serial) column of the copied tables continues after the highest copied value.</summary>
    private static async Task ResetIdentitySequencesAsync(NpgsqlConnection target, IReadOnlyList<TablePlan> plans, CancellationToken cancellationToken)
    {
        var identities = new List<(string Table, string Column)>();
        await using (var find = new NpgsqlCommand(
            "SELECT table_name, column_name FROM information_schema.columns "
            + "WHERE table_schema = current_schema() AND (is_identity = 'YES' OR column_default LIKE 'nextval(%')", target))
        await using (var reader = await find.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                identities.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        var copied = plans.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (table, column) in identities.Where(i => copied.Contains(i.Table)))
        {
            // is_called false with MAX + 1: the next value is exactly one past the highest key (1 for an empty table).
            await using var reset = new NpgsqlCommand(
                $"SELECT setval(pg_get_serial_sequence(@table, @column), COALESCE(MAX({Quote(column)}), 0) + 1, false) FROM {Quote(table)}", target);
            reset.Parameters.AddWithValue("table", Quote(table));
            reset.Parameters.AddWithValue("column", column);
            await reset.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The key files of the data folder (<c>key-*.xml</c>, as the file system key ring writes them), oldest first.</summary>
    private List<FileInfo> KeyFiles() =>
        _keysFolder is not null && Directory.Exists(_keysFolder)
            ? new DirectoryInfo(_keysFolder).GetFiles("*.xml").OrderBy(f => f.Name, StringComparer.Ordinal).ToList()
            : [];

    /// <summary>
    /// Stores each key file as the database key ring stores a key (its friendly name is the file's name without ".xml"),
    /// unless a key of that name was copied from the SQLite database already.
    /// </summary>
    private static async Task<int> StoreKeyRingAsync(NpgsqlConnection target, List<FileInfo> keyFiles, CancellationToken cancellationToken)
    {
        var stored = 0;
        foreach (var file in keyFiles)
        {
            var xml = await File.ReadAllTextAsync(file.FullName, cancellationToken).ConfigureAwait(false);
            _ = XElement.Parse(xml); // a key the key ring could not read would break every sign-in: refuse it here
            await using var insert = new NpgsqlCommand(
                $"INSERT INTO {Quote(KeysTable)} (\"FriendlyName\", \"Xml\") SELECT @name, @xml "
                + $"WHERE NOT EXISTS (SELECT 1 FROM {Quote(KeysTable)} WHERE \"FriendlyName\" = @name)", target);
            insert.Parameters.AddWithValue("name", Path.GetFileNameWithoutExtension(file.Name));
            insert.Parameters.AddWithValue("xml", xml);
            stored += await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return stored;
    }

    private static async Task<long> CountAsync(System.Data.Common.DbConnection connection, string table, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {Quote(table)}";
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    /// <summary>Principal tables before the tables that refer to them (a table referring to itself is one COPY, checked at its end).</summary>
    private static List<ITable> InForeignKeyOrder(IEnumerable<ITable> tables)
    {
        var remaining = tables.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        var ordered = new List<ITable>();
        while (remaining.Count > 0)
        {
            var next = remaining.FirstOrDefault(t => t.ForeignKeyConstraints.All(fk => fk.PrincipalTable == t || ordered.Contains(fk.PrincipalTable)))
                ?? throw new InvalidOperationException($"The tables {string.Join(", ", remaining.Select(t => t.Name))} refer to each other in a cycle; they cannot be copied one after the other.");
            ordered.Add(next);
            remaining.Remove(next);
        }

        return ordered;
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>How one table is copied: its columns by name, each read from SQLite as the type its PostgreSQL column holds.</summary>
    private sealed record TablePlan(string Name, IReadOnlyList<ColumnPlan> Columns, IReadOnlyList<string> Key)
    {
        public static TablePlan For(ITable table) =>
            new(table.Name,
                table.Columns.OrderBy(c => c.Name, StringComparer.Ordinal).Select(ColumnPlan.For).ToList(),
                table.PrimaryKey?.Columns.Select(c => c.Name).ToList() ?? []);

        /// <summary>Streams the table from SQLite into a binary COPY on the target; returns the rows copied.</summary>
        public async Task<ulong> CopyAsync(SqliteTransaction snapshot, NpgsqlConnection target, CancellationToken cancellationToken)
        {
            var columns = string.Join(", ", Columns.Select(c => Quote(c.Name)));
            await using var select = snapshot.Connection!.CreateCommand();
            select.Transaction = snapshot;
            select.CommandText = $"SELECT {columns} FROM {Quote(Name)}" + (Key.Count == 0 ? string.Empty : $" ORDER BY {string.Join(", ", Key.Select(Quote))}");
            await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using var writer = await target.BeginBinaryImportAsync($"COPY {Quote(Name)} ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                await writer.StartRowAsync(cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < Columns.Count; i++)
                {
                    if (reader.IsDBNull(i))
                    {
                        await writer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                    }
                    else
                    {
                        await Columns[i].WriteAsync(reader, i, writer, cancellationToken).ConfigureAwait(false);
                    }
                }
            }

            return await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>One column: read from SQLite with the getter for its PostgreSQL type (Microsoft.Data.Sqlite's own conversions, as EF Core reads them).</summary>
    private sealed record ColumnPlan(string Name, Func<SqliteDataReader, int, NpgsqlBinaryImporter, CancellationToken, Task> WriteAsync)
    {
        public static ColumnPlan For(IColumn column)
        {
            var type = column.ProviderClrType;
            Func<SqliteDataReader, int, NpgsqlBinaryImporter, CancellationToken, Task> write =
                type == typeof(Guid) ? (r, i, w, c) => w.WriteAsync(r.GetGuid(i), NpgsqlDbType.Uuid, c)
                : type == typeof(bool) ? (r, i, w, c) => w.WriteAsync(r.GetBoolean(i), NpgsqlDbType.Boolean, c)
                : type == typeof(short) ? (r, i, w, c) => w.WriteAsync(r.GetInt16(i), NpgsqlDbType.Smallint, c)
                : type == typeof(int) ? (r, i, w, c) => w.WriteAsync(r.GetInt32(i), NpgsqlDbType.Integer, c)
                : type == typeof(long) ? (r, i, w, c) => w.WriteAsync(r.GetInt64(i), NpgsqlDbType.Bigint, c)
                : type == typeof(double) ? (r, i, w, c) => w.WriteAsync(r.GetDouble(i), NpgsqlDbType.Double, c)
                : type == typeof(decimal) ? (r, i, w, c) => w.WriteAsync(r.GetDecimal(i), NpgsqlDbType.Numeric, c)
                : type == typeof(byte[]) ? (r, i, w, c) => w.WriteAsync(r.GetFieldValue<byte[]>(i), NpgsqlDbType.Bytea, c)
                : type == typeof(string) && column.StoreType.StartsWith("character varying", StringComparison.Ordinal) ? (r, i, w, c) => w.WriteAsync(r.GetString(i), NpgsqlDbType.Varchar, c)
                : type == typeof(string) ? (r, i, w, c) => w.WriteAsync(r.GetString(i), NpgsqlDbType.Text, c)
                : throw new NotSupportedException($"Column {column.Table.Name}.{column.Name} holds {type.Name} ({column.StoreType}), which the copy does not know how to carry over.");
            return new ColumnPlan(column.Name, write);
        }
    }
}
