using System.Collections.Concurrent;
using Meldcode.Application.AccessLog;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Domain.AccessLog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Meldcode.Infrastructure.Persistence;

/// <summary>
/// Appends lines to the chained access log on a database context of its own, so a line is written whatever happens
/// to the request's unit of work (a refused or failed request leaves its line too). One line at a time: a gate per
/// database within this process, and across processes the write lock of the transaction (<see cref="WriteLocks"/>:
/// SQLite's <c>BEGIN IMMEDIATE</c>, a PostgreSQL advisory lock), so no other line can slip in between reading the last
/// line and writing the next.
/// </summary>
internal sealed class AccessLogStore : IAccessLogStore
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    private readonly IServiceScopeFactory _scopes;
    private readonly StorageHealth _health;

    public AccessLogStore(IServiceScopeFactory scopes, StorageHealth health)
    {
        _scopes = scopes;
        _health = health;
    }

    /// <summary>
    /// Appends the line. When storage fails (locked, full, read-only) the access is not given: the request fails with
    /// <see cref="StorageUnavailableException"/>, as its own save would, rather than go unlogged.
    /// </summary>
    public async Task AppendAsync(AccessLine line, CancellationToken cancellationToken)
    {
        try
        {
            await AppendInOrderAsync(line, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (StorageFailures.Classify(exception) is { } failure)
        {
            _health.Report(failure);
            throw new StorageUnavailableException(failure.IsTemporary(), exception);
        }
    }

    private async Task AppendInOrderAsync(AccessLine line, CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var gate = Gates.GetOrAdd(db.Database.GetConnectionString() ?? string.Empty, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await db.Database.HoldUntilCommitAsync(WriteLocks.AccessLog, cancellationToken).ConfigureAwait(false);
            var last = await db.AccessLog.AsNoTracking()
                .OrderByDescending(e => e.Sequence)
                .Select(e => new { e.Sequence, e.Hash })
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            db.AccessLog.Add(AccessLogEntry.Append(last?.Sequence ?? 0, last?.Hash ?? AccessLogEntry.GenesisHash, line));
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }
}
