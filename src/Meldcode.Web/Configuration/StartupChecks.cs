using Meldcode.Application.AccessLog.VerifyAccessLog;
using Meldcode.Application.Common.Interfaces;
using Meldcode.Application.Notifications;
using Meldcode.Infrastructure.Persistence;
using Meldcode.Infrastructure.Persistence.Copying;
using Microsoft.Extensions.Options;

namespace Meldcode.Web.Configuration;

/// <summary>
/// What must hold before Meldcode serves anyone. A refusal is a sentence for the operator; the
/// process then exits with code 1 instead of starting half-configured.
/// </summary>
internal static class StartupChecks
{
    public const int RefusedExitCode = 1;

    /// <summary>The exit code of <c>verify-access-log</c> when the chain is broken.</summary>
    public const int AccessLogBrokenExitCode = 2;

    /// <summary>The exit code of <c>copy-to-postgresql</c> when a table holds a different number of rows after the copy.</summary>
    public const int CopyCountsDifferExitCode = 3;

    /// <summary>First start only: the name of the installation's organisation (afterwards it is managed in the app).</summary>
    public const string OrganisationNameKey = "Organisation:Name";

    /// <summary>First start only: the organisation's sector (Education, Childcare, YouthCare, HealthCare or SocialSupport).</summary>
    public const string OrganisationSectorKey = "Organisation:Sector";

    /// <summary>
    /// Reads the identity provider settings from configuration and checks them, including that the client
    /// secret does not sit in a committed settings file.
    /// </summary>
    public static string? SignInProblem(IHostEnvironment environment, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var identityProvider = configuration.GetSection(IdentityProviderOptions.SectionName).Get<IdentityProviderOptions>() ?? new IdentityProviderOptions();
        return CommittedSecretProblem(configuration) ?? SignInProblem(environment, identityProvider);
    }

    /// <summary>
    /// Outside Development, people can only sign in through an identity provider, so one must be configured.
    /// In Development the demo sign-in is used while none is configured; a half-configured provider is refused
    /// there too, because it switches the demo sign-in off.
    /// </summary>
    public static string? SignInProblem(IHostEnvironment environment, IdentityProviderOptions identityProvider)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(identityProvider);
        var development = environment.IsDevelopment();
        if (development && !identityProvider.IsConfigured)
        {
            return null;
        }

        var problems = identityProvider.Problems(development);
        if (problems.Count == 0)
        {
            return null;
        }

        return development
            ? "Meldcode refuses to start: the OpenID Connect identity provider is only partly configured, which switches the demo sign-in off. "
              + string.Join(" ", problems)
              + " Complete the settings (see docs/operations.md) or remove all Authentication:Oidc keys to use the demo sign-in."
            : $"Meldcode refuses to start in the '{environment.EnvironmentName}' environment without an OpenID Connect identity provider: "
              + string.Join(" ", problems)
              + " Set these keys (for example as environment variables Authentication__Oidc__Authority, Authentication__Oidc__ClientId and Authentication__Oidc__ClientSecret); "
              + "see docs/operations.md. The demo sign-in exists only in Development.";
    }

    /// <summary>The client secret must come from the environment or user secrets, never from an appsettings file that is committed and published.</summary>
    private static string? CommittedSecretProblem(IConfiguration configuration)
    {
        var key = $"{IdentityProviderOptions.SectionName}:{nameof(IdentityProviderOptions.ClientSecret)}";
        var file = (configuration as IConfigurationRoot)?.Providers
            .OfType<FileConfigurationProvider>()
            .FirstOrDefault(provider =>
                provider.Source.Path is { } path
                && Path.GetFileName(path).StartsWith("appsettings", StringComparison.OrdinalIgnoreCase)
                && provider.TryGet(key, out var value)
                && !string.IsNullOrEmpty(value));
        return file is null
            ? null
            : $"Meldcode refuses to start: {key} is set in {Path.GetFileName(file.Source.Path)}, a file that is committed and published. "
              + "Remove it there and set it as the environment variable Authentication__Oidc__ClientSecret (or, on a developer machine, with dotnet user-secrets).";
    }

    /// <summary>
    /// Development migrates and seeds the demo data; other environments only check, and refuse to run
    /// against a database whose schema is behind (migrating is an explicit operator step). Both then make the first
    /// Data Protection key of a PostgreSQL installation (<see cref="FirstDataProtectionKey"/>) and bring
    /// the built-in dilemmas up to date (<see cref="BuiltInDilemmaSync"/>).
    /// Returns the reason for refusing, or null when the database is ready.
    /// </summary>
    public static async Task<string?> PrepareDatabaseAsync(IServiceProvider services, IHostEnvironment environment, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var migrator = scope.ServiceProvider.GetRequiredService<DatabaseMigrator>();
        if (environment.IsDevelopment())
        {
            await migrator.MigrateAsync(cancellationToken);
            await scope.ServiceProvider.GetRequiredService<FirstDataProtectionKey>().EnsureAsync(cancellationToken);
            await scope.ServiceProvider.GetRequiredService<BuiltInDilemmaSync>().SynchroniseAsync(cancellationToken);
            await scope.ServiceProvider.GetRequiredService<DevelopmentSeeder>().SeedAsync(cancellationToken);
            return null;
        }

        var pending = await migrator.GetPendingMigrationsAsync(cancellationToken);
        if (pending.Count > 0)
        {
            return PendingMigrationsProblem(pending);
        }

        await scope.ServiceProvider.GetRequiredService<FirstDataProtectionKey>().EnsureAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<BuiltInDilemmaSync>().SynchroniseAsync(cancellationToken);

        // The installation's one organisation is created at the first start, from the first-start settings.
        var configuration = scope.ServiceProvider.GetRequiredService<IConfiguration>();
        return await scope.ServiceProvider.GetRequiredService<InstallationSetup>()
            .EnsureOrganisationAsync(configuration[OrganisationNameKey], configuration[OrganisationSectorKey], cancellationToken);
    }

    /// <summary>
    /// The operator command <c>grant-administrator &lt;user code&gt;</c>: makes a user who signed in once the
    /// functioneel beheerder. Prints what happened; returns the exit code.
    /// </summary>
    public static async Task<int> GrantAdministratorAsync(IServiceProvider services, string userCode, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var pending = await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().GetPendingMigrationsAsync(cancellationToken);
        if (pending.Count > 0)
        {
            return Refuse(PendingMigrationsProblem(pending));
        }

        var (done, message) = await scope.ServiceProvider.GetRequiredService<InstallationSetup>().GrantAdministratorAsync(userCode, cancellationToken);
        if (!done)
        {
            return Refuse(message);
        }

        Console.WriteLine(message);
        return 0;
    }

    /// <summary>
    /// <c>verify-access-log</c>: checks the access log's chain and says whether it is intact (exit code 0) or where it
    /// first breaks (exit code 2), in the same words as the privacy officer's page.
    /// </summary>
    public static async Task<int> VerifyAccessLogAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var pending = await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().GetPendingMigrationsAsync(cancellationToken);
        if (pending.Count > 0)
        {
            return Refuse(PendingMigrationsProblem(pending));
        }

        var check = await AccessLogCheck.RunAsync(scope.ServiceProvider.GetRequiredService<IApplicationDbContext>(), cancellationToken);
        if (check.Break is { } broken)
        {
            Console.WriteLine($"Het toegangslog is NIET intact. {broken.Describe()} ({check.Checked} regels gecontroleerd.)");
            return AccessLogBrokenExitCode;
        }

        Console.WriteLine($"Het toegangslog is intact: {check.Checked} regels gecontroleerd, de keten is nergens onderbroken.");
        return 0;
    }

    /// <summary>
    /// <c>copy-to-postgresql</c>: copies this SQLite installation (the data folder, <c>Storage:DataDirectory</c>) into the empty
    /// PostgreSQL database of <c>ConnectionStrings:Meldcode</c> and verifies it (see <see cref="SqliteToPostgreSqlCopy"/>).
    /// Exit code 0: copied and verified; 1 (<see cref="RefusedExitCode"/>): nothing copied, with the reason; 2
    /// (<see cref="AccessLogBrokenExitCode"/>): copied, but the access log's chain does not verify on the target; 3
    /// (<see cref="CopyCountsDifferExitCode"/>): copied, but a table's rows differ. Prints table names and counts only.
    /// </summary>
    public static async Task<int> CopyToPostgreSqlAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        var configuration = services.GetRequiredService<IConfiguration>();
        var providerKey = $"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.Provider)}";
        var connectionStringKey = $"ConnectionStrings:{DatabaseOptions.ConnectionStringName}";
        if (DatabaseTarget.ProviderFrom(configuration[providerKey]) != DatabaseProvider.Sqlite)
        {
            return Refuse($"copy-to-postgresql copies an SQLite installation, but {providerKey} is already PostgreSql. "
                + $"Run it with the installation's SQLite settings ({providerKey} unset or Sqlite, Storage:DataDirectory the data folder) "
                + $"and the empty target database in {connectionStringKey}; switch {providerKey} to PostgreSql afterwards.");
        }

        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return Refuse($"copy-to-postgresql needs the target: set {connectionStringKey} (for example the environment variable "
                + "ConnectionStrings__Meldcode=\"Host=db.example.nl;Database=meldcode;Username=meldcode;Password=...\") to an empty PostgreSQL database.");
        }

        var target = DatabaseTarget.PostgreSql(connectionString);
        var folder = services.GetRequiredService<DataFolder>();
        await output.WriteLineAsync($"Copying {DatabaseTarget.Sqlite(folder.DatabasePath).Describe()} to {target.Describe()}.");
        CopyOutcome outcome;
        try
        {
            outcome = await new SqliteToPostgreSqlCopy(DatabaseTarget.Sqlite(folder.DatabasePath), folder.KeysPath, target, output).RunAsync(cancellationToken);
        }
        catch (Npgsql.NpgsqlException exception)
        {
            // Reaching, signing in to or migrating the target failed (a failure during the copy itself is an outcome).
            return Refuse($"Could not prepare {target.Describe()}: {exception.Message} Nothing was copied.");
        }

        if (!outcome.WasCopied)
        {
            return Refuse(outcome.Message);
        }

        await output.WriteAsync(outcome.CountsTable());
        await output.WriteLineAsync(outcome.Message);
        return outcome.Status switch
        {
            CopyStatus.Verified => 0,
            CopyStatus.AccessLogBroken => AccessLogBrokenExitCode,
            _ => CopyCountsDifferExitCode,
        };
    }

    private static string PendingMigrationsProblem(IReadOnlyCollection<string> pending) =>
        $"Meldcode refuses to start: the database has {pending.Count} pending migration(s) ({string.Join(", ", pending)}). "
        + "Back up the data folder, then apply them with: dotnet Meldcode.Web.dll migrate";

    /// <summary>
    /// The notification mail settings, checked by their validator (see <c>MailOptionsValidator</c>), read once before
    /// anything else starts so that a problem is a refusal in sentences rather than a stack trace at start-up.
    /// </summary>
    public static string? MailSettingsProblem(IServiceProvider services)
    {
        try
        {
            _ = services.GetRequiredService<IOptions<MailOptions>>().Value;
            return null;
        }
        catch (OptionsValidationException exception)
        {
            return "Meldcode refuses to start. " + string.Join(" ", exception.Failures);
        }
        catch (InvalidOperationException exception)
        {
            // A value configuration cannot convert, such as Mail:Smtp:Security=Tls: the binder names the key.
            return $"Meldcode refuses to start: {exception.Message} See docs/operations.md, \"E-mail notifications\".";
        }
    }

    /// <summary>Tells the operator why on standard error and gives the exit code to end with.</summary>
    public static int Refuse(string reason)
    {
        Console.Error.WriteLine(reason);
        return RefusedExitCode;
    }
}
