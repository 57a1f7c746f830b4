using System.Globalization;
using System.Text;
using Meldcode.Application.AccessLog.VerifyAccessLog;

namespace Meldcode.Infrastructure.Persistence.Copying;

/// <summary>How a copy from SQLite to PostgreSQL ended.</summary>
public enum CopyStatus
{
    /// <summary>Copied and verified: every table holds as many rows on both sides, and the access log's chain is intact on the target.</summary>
    Verified,

    /// <summary>Nothing copied: there is no SQLite database in the data folder.</summary>
    SourceMissing,

    /// <summary>Nothing copied: the SQLite database has pending migrations (run <c>migrate</c> first).</summary>
    SourceNotMigrated,

    /// <summary>Nothing copied: a table of the PostgreSQL database already holds rows.</summary>
    TargetNotEmpty,

    /// <summary>Nothing kept: the copy failed part-way and its transaction was rolled back.</summary>
    CopyFailed,

    /// <summary>Copied, but a table holds a different number of rows on the target than in the source.</summary>
    CountsDiffer,

    /// <summary>Copied, but the access log's chain does not verify on the target.</summary>
    AccessLogBroken,
}

/// <summary>One table's rows in the source and in the target (row counts only: no content, so no personal data).</summary>
/// <param name="Table">The table's name.</param>
/// <param name="Source">The rows in the SQLite database (for the Data Protection keys: plus the key files of the data folder).</param>
/// <param name="Target">The rows in the PostgreSQL database after the copy.</param>
public sealed record TableCount(string Table, long Source, long Target)
{
    public bool IsEqual => Source == Target;
}

/// <summary>
/// The outcome of <see cref="SqliteToPostgreSqlCopy"/>: its status, a sentence for the operator, the row counts per table
/// and the access log's chain in the source and on the target (both null when nothing was copied).
/// </summary>
public sealed record CopyOutcome(
    CopyStatus Status,
    string Message,
    IReadOnlyList<TableCount> Tables,
    AccessLogCheck? SourceAccessLog = null,
    AccessLogCheck? TargetAccessLog = null)
{
    public bool IsVerified => Status == CopyStatus.Verified;

    /// <summary>Whether the copy reached the target (its rows committed), verified or not.</summary>
    public bool WasCopied => Status is CopyStatus.Verified or CopyStatus.CountsDiffer or CopyStatus.AccessLogBroken;

    public static CopyOutcome Refused(CopyStatus status, string message) => new(status, message, []);

    /// <summary>The counts as a table for the operator: name, rows in SQLite, rows in PostgreSQL, and a mark where they differ.</summary>
    public string CountsTable()
    {
        var width = Math.Max("Table".Length, Tables.Count == 0 ? 0 : Tables.Max(t => t.Table.Length));
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"Table".PadRight(width)}  {"SQLite",10}  {"PostgreSQL",10}");
        foreach (var table in Tables)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{table.Table.PadRight(width)}  {table.Source,10}  {table.Target,10}{(table.IsEqual ? string.Empty : "  DIFFERS")}");
        }

        return text.ToString();
    }
}
