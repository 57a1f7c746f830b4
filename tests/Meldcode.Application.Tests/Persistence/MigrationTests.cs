using Meldcode.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Meldcode.Application.Tests.Persistence;

public sealed class MigrationTests : IDisposable
{
    private readonly TestDatabase _database = new();

    [Fact]
    public async Task The_migrations_apply_to_an_empty_database_and_leave_none_pending()
    {
        await using var context = _database.CreateContext();
        var migrator = new DatabaseMigrator(context);
        Assert.NotEmpty(await migrator.GetPendingMigrationsAsync(CancellationToken.None));

        var applied = await migrator.MigrateAsync(CancellationToken.None);

        Assert.NotEmpty(applied);
        Assert.Empty(await migrator.GetPendingMigrationsAsync(CancellationToken.None));
        Assert.True(await context.Database.CanConnectAsync());
    }

    [Fact]
    public async Task The_committed_migrations_match_the_current_model()
    {
        await using var context = _database.CreateContext();

        Assert.False(context.Database.HasPendingModelChanges(), "The model has changes without a migration: add one with dotnet ef migrations add.");
    }

    [Fact]
    public async Task The_readiness_check_is_unhealthy_without_a_database_or_with_pending_migrations_and_healthy_after_migrating()
    {
        await using var context = _database.CreateContext();
        var check = ReadinessCheck(context);

        var missing = await check.CheckHealthAsync(new HealthCheckContext());
        await context.Database.OpenConnectionAsync(); // creates the empty database file (a PostgreSQL test database exists already)
        await context.Database.CloseConnectionAsync();
        var before = await check.CheckHealthAsync(new HealthCheckContext());
        await context.Database.MigrateAsync();
        var after = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, missing.Status);
        Assert.Equal(HealthStatus.Unhealthy, before.Status);
        Assert.Contains("pending migrations", before.Description, StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Healthy, after.Status);
    }

    public void Dispose() => _database.Dispose();

    private DatabaseReadinessCheck ReadinessCheck(ApplicationDbContext context)
    {
        var folder = DataFolder.At(_database.Folder);
        var health = new StorageHealth(_database.Target, folder, TimeProvider.System, NullLogger<StorageHealth>.Instance, new SqlitePragmaInterceptor());
        return new DatabaseReadinessCheck(context, _database.Target, folder, health, TimeProvider.System, Options.Create(new StorageOptions { MinimumFreeMegabytes = 0 }));
    }
}
