using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Meldcode.Infrastructure.Persistence;

/// <summary>
/// One writer at a time for the few writes that must not interleave across processes (the next line of the access log,
/// a scheduled job's claim of its day, the first key of the key ring). SQLite needs nothing more than its write transaction: Microsoft.Data.Sqlite
/// begins it with <c>BEGIN IMMEDIATE</c>, which takes the database's write lock. PostgreSQL lets writers run side by
/// side, so the transaction also takes a transaction-level advisory lock on a number that stands for what is written;
/// it is released at commit or rollback, also when the process dies.
/// </summary>
public static class WriteLocks
{
    /// <summary>The access log's chain: "Meldcode access log".</summary>
    public static readonly long AccessLog = KeyFor("access-log");

    /// <summary>The Data Protection key ring's first key (<see cref="FirstDataProtectionKey"/>).</summary>
    public static readonly long KeyRing = KeyFor("key-ring");

    /// <summary>The number that stands for a scheduled job.</summary>
    public static long ForJob(string job) => KeyFor("job:" + job);

    /// <summary>Within the current transaction: waits until no other transaction holds this lock, and holds it until the end.</summary>
    public static async Task HoldUntilCommitAsync(this DatabaseFacade database, long key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A write lock is held for a transaction; begin one first.");
        }

        if (database.IsNpgsql())
        {
            await database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", cancellationToken).ConfigureAwait(false);
        }
    }

    private static long KeyFor(string name) =>
        BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes("meldcode:" + name)));
}
