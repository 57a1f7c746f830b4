using Meldcode.Application.Tests.Support;
using Meldcode.Infrastructure.Persistence;
using Meldcode.Web.Configuration;
using Meldcode.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Meldcode.Web.Tests.Startup;

/// <summary>
/// <c>dotnet Meldcode.Web.dll copy-to-postgresql</c>: the operator's move from SQLite to PostgreSQL, its refusals and its
/// exit codes (the copy itself is tested in the Application tests, SqliteToPostgreSqlCopyTests).
/// </summary>
[Trait("Database", "PostgreSql")]
public sealed class CopyToPostgreSqlCommandTests
{
    private const string ConnectionStringKey = "ConnectionStrings:" + DatabaseOptions.ConnectionStringName;

    [Theory]
    [InlineData("PostgreSql", "Host=db.example.nl;Database=meldcode")]
    [InlineData("Sqlite", "")]
    [InlineData(null, null)]
    public async Task The_command_refuses_an_installation_already_on_PostgreSql_and_a_missing_target_before_touching_anything(string? provider, string? connectionString)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            [ConnectionStringKey] = connectionString,
        }).Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).BuildServiceProvider();
        using var output = new StringWriter();

        var exit = await StartupChecks.CopyToPostgreSqlAsync(services, output, CancellationToken.None);

        Assert.Equal(StartupChecks.RefusedExitCode, exit);
        Assert.Empty(output.ToString());
    }

    [PostgreSqlFact]
    public async Task The_command_copies_an_installation_once_and_then_refuses_the_filled_database()
    {
        using var target = new TestDatabase(DatabaseProvider.PostgreSql);
        target.EnsureCreated(migrated: false);
        using var factory = SqliteInstallationCopiedTo(target);
        await VisitADossierAsync(factory);
        using var first = new StringWriter();

        var copied = await StartupChecks.CopyToPostgreSqlAsync(factory.Services, first, CancellationToken.None);
        var again = await StartupChecks.CopyToPostgreSqlAsync(factory.Services, TextWriter.Null, CancellationToken.None);

        Assert.Equal((0, StartupChecks.RefusedExitCode), (copied, again));
        Assert.Contains("Copied and verified: ", first.ToString(), StringComparison.Ordinal);
        Assert.Matches(@"(?m)^AccessLog\s+[1-9][0-9]*\s+[1-9][0-9]*$", first.ToString());
        Assert.DoesNotContain("Sanne", first.ToString(), StringComparison.Ordinal);
    }

    [PostgreSqlFact]
    public async Task The_command_ends_with_the_access_log_code_when_the_copied_chain_is_broken()
    {
        using var target = new TestDatabase(DatabaseProvider.PostgreSql);
        target.EnsureCreated(migrated: false);
        using var factory = SqliteInstallationCopiedTo(target);
        await VisitADossierAsync(factory);
        factory.WithDatabase(c =>
        {
            c.Database.ExecuteSqlRaw("DROP TRIGGER AccessLog_append_only_update");
            return c.Database.ExecuteSqlRaw("UPDATE AccessLog SET UserName = 'Iemand anders' WHERE Sequence = 1");
        });
        using var output = new StringWriter();

        var exit = await StartupChecks.CopyToPostgreSqlAsync(factory.Services, output, CancellationToken.None);

        Assert.Equal(StartupChecks.AccessLogBrokenExitCode, exit);
        Assert.Contains("Regel 1 is na het schrijven gewijzigd.", output.ToString(), StringComparison.Ordinal);
    }

    /// <summary>The app on SQLite (whatever the run's provider), with the target of the copy in its connection string.</summary>
    private static MeldcodeFactory SqliteInstallationCopiedTo(TestDatabase target) =>
        MeldcodeFactory.On(DatabaseProvider.Sqlite)
            .WithSetting(ConnectionStringKey, target.Target.ConnectionString);

    /// <summary>The owner opens their dossier's page: the access log has lines.</summary>
    private static async Task VisitADossierAsync(MeldcodeFactory factory)
    {
        var dossierId = await DossierSeed.CreateAsync(factory);
        using var client = factory.CreateBrowser();
        await client.SignInAsAsync("Sanne de Vries");
        await client.GetPageAsync($"/dossiers/{dossierId}");
    }
}
