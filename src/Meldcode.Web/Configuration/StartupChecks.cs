using Meldcode.Infrastructure.Persistence;

namespace Meldcode.Web.Configuration;

/// <summary>
/// What must hold before Meldcode serves anyone. A refusal is a sentence for the operator; the
/// process then exits with code 1 instead of starting half-configured.
/// </summary>
internal static class StartupChecks
{
    public const int RefusedExitCode = 1;

    /// <summary>Outside Development, people can only sign in through an identity provider, so one must be configured.</summary>
    public static string? SignInProblem(IHostEnvironment environment, IdentityProviderOptions identityProvider)
    {
        if (environment.IsDevelopment())
        {
            return null;
        }

        var problems = identityProvider.Problems();
        return problems.Count == 0
            ? null
            : $"Meldcode refuses to start in the '{environment.EnvironmentName}' environment without an OpenID Connect identity provider: "
              + string.Join(" ", problems)
              + " Set these keys (for example as environment variables Authentication__Oidc__Authority and Authentication__Oidc__ClientId); "
              + "see docs/operations.md. The demo sign-in exists only in Development.";
    }

    /// <summary>
    /// Development migrates and seeds the demo data; other environments only check, and refuse to run
    /// against a database whose schema is behind (migrating is an explicit operator step).
    /// Returns the reason for refusing, or null when the database is ready.
    /// </summary>
    public static async Task<string?> PrepareDatabaseAsync(IServiceProvider services, IHostEnvironment environment, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var migrator = scope.ServiceProvider.GetRequiredService<DatabaseMigrator>();
        if (environment.IsDevelopment())
        {
            await migrator.MigrateAsync(cancellationToken);
            await scope.ServiceProvider.GetRequiredService<DevelopmentSeeder>().SeedAsync(cancellationToken);
            return null;
        }

        var pending = await migrator.GetPendingMigrationsAsync(cancellationToken);
        return pending.Count == 0
            ? null
            : $"Meldcode refuses to start: the database has {pending.Count} pending migration(s) ({string.Join(", ", pending)}). "
              + "Back up the data folder, then apply them with: dotnet Meldcode.Web.dll migrate";
    }

    /// <summary>Tells the operator why on standard error and gives the exit code to end with.</summary>
    public static int Refuse(string reason)
    {
        Console.Error.WriteLine(reason);
        return RefusedExitCode;
    }
}
