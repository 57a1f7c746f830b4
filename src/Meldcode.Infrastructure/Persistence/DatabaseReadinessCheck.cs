using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Meldcode.Infrastructure.Persistence;

/// <summary>Ready means: the database answers, and its schema is up to date.</summary>
public sealed class DatabaseReadinessCheck : IHealthCheck
{
    private readonly ApplicationDbContext _context;

    public DatabaseReadinessCheck(ApplicationDbContext context)
    {
        _context = context;
    }

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!await _context.Database.CanConnectAsync(cancellationToken).ConfigureAwait(false))
        {
            return HealthCheckResult.Unhealthy("The database cannot be reached.");
        }

        var pending = await _context.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false);
        return pending.Any()
            ? HealthCheckResult.Unhealthy("The database has pending migrations.")
            : HealthCheckResult.Healthy("The database is reachable and up to date.");
    }
}
