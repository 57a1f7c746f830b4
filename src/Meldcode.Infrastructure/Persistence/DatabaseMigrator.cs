using Microsoft.EntityFrameworkCore;

namespace Meldcode.Infrastructure.Persistence;

/// <summary>Applies and inspects schema migrations.</summary>
public sealed class DatabaseMigrator
{
    private readonly ApplicationDbContext _context;

    public DatabaseMigrator(ApplicationDbContext context)
    {
        _context = context;
    }

    public async Task<IReadOnlyList<string>> GetPendingMigrationsAsync(CancellationToken cancellationToken) =>
        (await _context.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();

    /// <summary>Applies every pending migration; returns the names of those applied.</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        var pending = await GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false);
        await _context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        return pending;
    }
}
