using Meldcode.Infrastructure.Persistence;

namespace Meldcode.Web.Configuration;

internal static class StartupChecks
{
    /// <summary>Outside Development, people can only sign in through an identity provider, so one must be configured.</summary>
    public static void EnsureSignInIsPossible(IHostEnvironment environment, IdentityProviderOptions identityProvider)
    {
        if (environment.IsDevelopment())
        {
            return;
        }

        var problems = identityProvider.Problems();
        if (problems.Count > 0)
        {
            throw new StartupRefusedException(
                $"Meldcode refuses to start in the '{environment.EnvironmentName}' environment without an OpenID Connect identity provider: "
                + string.Join(" ", problems)
                + " Set these keys (for example as environment variables Authentication__Oidc__Authority and Authentication__Oidc__ClientId); "
                + "see docs/operations.md. The demo sign-in exists only in Development.");
        }
    }

    /// <summary>
    /// Development migrates and seeds the demo data; other environments only check, and refuse to run
    /// against a database whose schema is behind (migrating is an explicit operator step).
    /// </summary>
    public static async Task PrepareDatabaseAsync(IServiceProvider services, IHostEnvironment environment, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var migrator = scope.ServiceProvider.GetRequiredService<DatabaseMigrator>();
        if (environment.IsDevelopment())
        {
            await migrator.MigrateAsync(cancellationToken);
            await scope.ServiceProvider.GetRequiredService<DevelopmentSeeder>().SeedAsync(cancellationToken);
            return;
        }

        var pending = await migrator.GetPendingMigrationsAsync(cancellationToken);
        if (pending.Count > 0)
        {
            throw new StartupRefusedException(
                $"Meldcode refuses to start: the database has {pending.Count} pending migration(s) ({string.Join(", ", pending)}). "
                + "Back up the data folder, then apply them with: dotnet Meldcode.Web.dll migrate");
        }
    }
}
