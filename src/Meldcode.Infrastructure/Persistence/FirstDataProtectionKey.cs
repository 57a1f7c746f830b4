using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Meldcode.Infrastructure.Persistence;

/// <summary>
/// With PostgreSQL, makes the installation's first Data Protection key at start-up, once: several instances that start
/// together take the key ring's write lock (<see cref="WriteLocks"/>) in turn, and only the first finds the table empty.
/// Left to the first request instead, two instances could each make a first key, and each would not know the other's
/// (Data Protection activates later keys two days ahead, so every instance has read them before they are used; the
/// first key it activates at once). SQLite's key ring is in one process's data folder and needs nothing of this.
/// </summary>
public sealed class FirstDataProtectionKey(ApplicationDbContext context, DatabaseTarget target, IKeyManager keys, IOptions<KeyManagementOptions> options, TimeProvider clock)
{
    /// <summary>True when this call made the key.</summary>
    public async Task<bool> EnsureAsync(CancellationToken cancellationToken)
    {
        if (!target.IsPostgreSql)
        {
            return false;
        }

        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await context.Database.HoldUntilCommitAsync(WriteLocks.KeyRing, cancellationToken).ConfigureAwait(false);
        if (await context.DataProtectionKeys.AnyAsync(cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        // Stored through the key ring's own repository (its own connection, committed at once), while this transaction
        // still holds the lock: the next instance in line finds the key.
        var now = clock.GetUtcNow();
        keys.CreateNewKey(now, now + options.Value.NewKeyLifetime);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }
}
