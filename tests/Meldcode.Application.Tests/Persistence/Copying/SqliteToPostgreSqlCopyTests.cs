using Meldcode.Application.AccessLog.VerifyAccessLog;
using Meldcode.Infrastructure.Persistence;
using Meldcode.Infrastructure.Persistence.Copying;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Meldcode.Application.Tests.Persistence.Copying;

/// <summary>
/// Moving an installation from SQLite to PostgreSQL (<c>copy-to-postgresql</c>): a real SQLite installation, built through
/// the use cases, copied into a new PostgreSQL database of its own per test.
/// </summary>
[Trait("Database", "PostgreSql")]
public sealed class SqliteToPostgreSqlCopyTests : IClassFixture<SqliteInstallation>, IDisposable
{
    private readonly SqliteInstallation _installation;
    private readonly List<IDisposable> _owned = [];

    public SqliteToPostgreSqlCopyTests(SqliteInstallation installation)
    {
        _installation = installation;
    }

    [PostgreSqlFact]
    public async Task Copying_an_installation_gives_every_table_as_many_rows_and_an_intact_access_log()
    {
        var target = NewPostgreSqlDatabase();
        var progress = new StringWriter();

        var outcome = await CopyAsync(_installation.Database, target, progress);

        Assert.True(outcome.IsVerified, outcome.Message);
        var source = await SqliteInstallation.RowsPerTableAsync(_installation.Database);
        var copied = await SqliteInstallation.RowsPerTableAsync(target);
        Assert.Equal(source.Keys.Order(), outcome.Tables.Select(t => t.Table).Order());
        Assert.All(outcome.Tables, t => Assert.True(t.IsEqual, $"{t.Table}: {t.Source} in SQLite, {t.Target} in PostgreSQL"));
        foreach (var table in source.Keys.Where(t => t != SqliteToPostgreSqlCopy.KeysTable))
        {
            Assert.True(source[table] == copied[table], $"{table}: {source[table]} in SQLite, {copied[table]} in PostgreSQL");
        }

        // The installation is realistic: every kind of record is there to be copied.
        foreach (var table in new[] { "Dossiers", ApplicationDbContext.ChronologyTable, ApplicationDbContext.AccessLogTable, ApplicationDbContext.DeletionRecordsTable, "StaffConcerns", "LibraryDilemmas", "DilemmaVersions", "DilemmaSessionVotes", "DilemmaSessionReflections", "InboxItems" })
        {
            Assert.True(copied[table] > 0, $"{table} has no rows to copy.");
        }

        Assert.Equal(1, copied[SqliteToPostgreSqlCopy.KeysTable]); // the key file of the data folder
        Assert.Equal(source[ApplicationDbContext.AccessLogTable], outcome.TargetAccessLog!.Checked);
        Assert.True(outcome.TargetAccessLog.IsIntact);
        Assert.Contains("Copied ChronologyEntries: ", progress.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Noor", progress + outcome.Message + outcome.CountsTable(), StringComparison.Ordinal);
    }

    [PostgreSqlFact]
    public async Task The_application_on_PostgreSQL_reads_the_same_dossiers_and_carries_on_where_SQLite_stopped()
    {
        var target = NewPostgreSqlDatabase();
        Assert.True((await CopyAsync(_installation.Database, target)).IsVerified);
        using var moved = new ApplicationHost(target, _installation.Clock);
        var before = new DossierDriver(_installation.Host, _installation.Clock, _installation.School);
        var after = new DossierDriver(moved, _installation.Clock, _installation.School);
        var school = _installation.School;

        foreach (var id in new[] { _installation.ReportedDossierId, _installation.OpenDossierId })
        {
            var inSqlite = await before.StateAsync(id);
            var inPostgreSql = await after.StateAsync(id);
            Assert.Equal(
                (inSqlite.Dossier.Number, inSqlite.Version, inSqlite.Dossier.OpenedAt, inSqlite.Dossier.Signals.Count, inSqlite.Dossier.Decision?.Id, inSqlite.Dossier.Collaborators.Count),
                (inPostgreSql.Dossier.Number, inPostgreSql.Version, inPostgreSql.Dossier.OpenedAt, inPostgreSql.Dossier.Signals.Count, inPostgreSql.Dossier.Decision?.Id, inPostgreSql.Dossier.Collaborators.Count));
            Assert.Equal(
                inSqlite.Dossier.Chronology.Select(e => (e.Sequence, e.Kind, e.ActorName, e.OccurredAt, e.EventDate, e.Summary)),
                inPostgreSql.Dossier.Chronology.Select(e => (e.Sequence, e.Kind, e.ActorName, e.OccurredAt, e.EventDate, e.Summary)));
        }

        // Reading, and writing, go on in PostgreSQL: the access log's chain continues, a new dossier gets the next number.
        var view = await after.ViewAsync(school.LeadA, _installation.ReportedDossierId);
        var opened = await after.OpenAsync(firstName: "Lotte");
        await after.ChangeAsync(school.Owner, opened, ValidCommands.Signal);

        Assert.Equal("Locatie Noord", view.TeamName);
        var numbers = await moved.WithContextAsync(c => c.Dossiers.Select(d => d.Number).ToListAsync());
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        var check = await moved.WithContextAsync(c => AccessLogCheck.RunAsync(c, CancellationToken.None));
        var copiedLines = (await SqliteInstallation.RowsPerTableAsync(_installation.Database))[ApplicationDbContext.AccessLogTable];
        Assert.True(check.IsIntact);
        Assert.True(check.Checked > copiedLines, $"{check.Checked} lines checked, {copiedLines} copied: the new reads were not logged.");
    }

    [PostgreSqlFact]
    public async Task What_the_SQLite_installation_protected_with_its_key_ring_the_PostgreSQL_installation_reads()
    {
        var target = NewPostgreSqlDatabase();
        Assert.True((await CopyAsync(_installation.Database, target)).IsVerified);
        using var moved = new ApplicationHost(target, _installation.Clock);

        var text = moved.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(SqliteInstallation.CookiePurpose).Unprotect(_installation.ProtectedCookie);

        Assert.Equal(SqliteInstallation.ProtectedText, text);
    }

    [PostgreSqlFact]
    public async Task Keys_keep_their_numbers_and_the_data_folders_key_files_are_numbered_after_them()
    {
        var source = Own(new TestDatabase(DatabaseProvider.Sqlite));
        await source.MigrateAsync();
        await source.ExecuteAsync("INSERT INTO \"DataProtectionKeys\" (\"Id\", \"FriendlyName\", \"Xml\") VALUES (7, 'key-earlier', '<key id=\"earlier\" />')");
        var keys = Directory.CreateDirectory(Path.Combine(source.Folder, StorageOptions.KeysFolderName));
        await File.WriteAllTextAsync(Path.Combine(keys.FullName, "key-later.xml"), "<key id=\"later\" />");
        var target = NewPostgreSqlDatabase();

        var outcome = await CopyAsync(source, target);

        Assert.True(outcome.IsVerified, outcome.Message);
        Assert.Equal(new TableCount(SqliteToPostgreSqlCopy.KeysTable, 2, 2), outcome.Tables.Single(t => t.Table == SqliteToPostgreSqlCopy.KeysTable));
        await using var context = target.CreateContext();
        var stored = await context.DataProtectionKeys.OrderBy(k => k.Id).Select(k => $"{k.Id} {k.FriendlyName}").ToListAsync();
        Assert.Equal(["7 key-earlier", "8 key-later"], stored);
    }

    [PostgreSqlFact]
    public async Task A_database_that_already_holds_rows_is_refused_and_left_as_it_was()
    {
        var target = NewPostgreSqlDatabase();
        Assert.True((await CopyAsync(_installation.Database, target)).IsVerified);
        var first = await SqliteInstallation.RowsPerTableAsync(target);

        var again = await CopyAsync(_installation.Database, target);

        Assert.Equal(CopyStatus.TargetNotEmpty, again.Status);
        Assert.Contains("The PostgreSQL database is not empty: ", again.Message, StringComparison.Ordinal);
        Assert.Contains($"Dossiers ({first["Dossiers"]})", again.Message, StringComparison.Ordinal);
        Assert.Equal(first, await SqliteInstallation.RowsPerTableAsync(target));
    }

    [PostgreSqlFact]
    public async Task A_copy_that_fails_part_way_leaves_the_target_without_a_single_row()
    {
        var source = Own(new TestDatabase(DatabaseProvider.Sqlite));
        await source.MigrateAsync();
        using (var host = new ApplicationHost(source))
        {
            await host.WithContextAsync(School.SaveAsync);
        }

        // SQLite does not enforce a text column's length; PostgreSQL refuses the team's name, after the organisations are in.
        await source.ExecuteAsync($"UPDATE \"Teams\" SET \"Name\" = '{new string('x', 300)}' WHERE \"Name\" = 'Locatie Zuid'");
        var target = NewPostgreSqlDatabase();

        var outcome = await CopyAsync(source, target);

        Assert.Equal(CopyStatus.CopyFailed, outcome.Status);
        Assert.StartsWith("The copy failed at table Teams: 22001 ", outcome.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("xxx", outcome.Message, StringComparison.Ordinal);
        Assert.All(await SqliteInstallation.RowsPerTableAsync(target), table => Assert.True(table.Value == 0, $"{table.Key} kept {table.Value} row(s)."));
    }

    [PostgreSqlFact]
    public async Task A_broken_access_log_is_copied_as_it_is_and_reported_at_the_same_line()
    {
        var source = Own(new TestDatabase(DatabaseProvider.Sqlite));
        await source.MigrateAsync();
        using (var host = new ApplicationHost(source, _installation.Clock))
        {
            var school = await host.WithContextAsync(School.SaveAsync);
            var dossiers = new DossierDriver(host, _installation.Clock, school);
            var id = await dossiers.OpenAsync();
            await dossiers.ViewAsync(school.Owner, id);
            await dossiers.ViewAsync(school.LeadA, id);
        }

        await source.ExecuteAsync("DROP TRIGGER \"AccessLog_append_only_update\"");
        await source.ExecuteAsync("UPDATE \"AccessLog\" SET \"UserName\" = 'Iemand anders' WHERE \"Sequence\" = 2");
        var target = NewPostgreSqlDatabase();

        var outcome = await CopyAsync(source, target);

        Assert.Equal(CopyStatus.AccessLogBroken, outcome.Status);
        Assert.Contains("Regel 2 is na het schrijven gewijzigd.", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("breaks at the same line: the copy is faithful", outcome.Message, StringComparison.Ordinal);
        Assert.Equal(outcome.SourceAccessLog!.Break!.Sequence, outcome.TargetAccessLog!.Break!.Sequence);
        Assert.All(outcome.Tables, t => Assert.True(t.IsEqual, t.Table));
    }

    [Fact]
    public async Task A_source_with_pending_migrations_is_refused_with_the_migrate_command_and_the_target_is_not_touched()
    {
        var source = Own(new TestDatabase(DatabaseProvider.Sqlite));
        await using (var context = source.CreateContext())
        {
            var migrations = context.Database.GetMigrations().ToList();
            await context.GetService<IMigrator>().MigrateAsync(migrations[^2]);
        }

        // A server that is not there: a copy that reached for the target would fail to connect.
        var outcome = await new SqliteToPostgreSqlCopy(source.Target, null, DatabaseTarget.PostgreSql("Host=127.0.0.1;Port=1;Database=nergens"), TextWriter.Null).RunAsync(CancellationToken.None);

        Assert.Equal(CopyStatus.SourceNotMigrated, outcome.Status);
        Assert.Contains("1 pending migration(s)", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("dotnet Meldcode.Web.dll migrate", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_data_folder_without_a_database_is_refused_and_no_database_is_created_there()
    {
        var empty = Own(new TestDatabase(DatabaseProvider.Sqlite));

        var outcome = await new SqliteToPostgreSqlCopy(empty.Target, null, DatabaseTarget.PostgreSql("Host=127.0.0.1;Port=1;Database=nergens"), TextWriter.Null).RunAsync(CancellationToken.None);

        Assert.Equal(CopyStatus.SourceMissing, outcome.Status);
        Assert.Contains("Storage:DataDirectory", outcome.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(empty.DatabasePath));
    }

    public void Dispose()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }
    }

    private static Task<CopyOutcome> CopyAsync(TestDatabase source, TestDatabase target, TextWriter? progress = null) =>
        new SqliteToPostgreSqlCopy(source.Target, Path.Combine(source.Folder, StorageOptions.KeysFolderName), target.Target, progress ?? TextWriter.Null)
            .RunAsync(CancellationToken.None);

    /// <summary>A new, empty PostgreSQL database (not migrated: the copy migrates it).</summary>
    private TestDatabase NewPostgreSqlDatabase()
    {
        var database = Own(new TestDatabase(DatabaseProvider.PostgreSql));
        database.EnsureCreated(migrated: false);
        return database;
    }

    private T Own<T>(T disposable)
        where T : IDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }
}
