using Meldcode.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;

namespace Meldcode.Infrastructure.Tests.Persistence;

public sealed class DatabaseTargetTests
{
    private const string SqliteFile = "/srv/meldcode/data/meldcode.db";

    [Fact]
    public void Without_a_provider_the_installation_uses_the_SQLite_file_in_its_data_folder()
    {
        var target = DatabaseTarget.From(Settings(), () => SqliteFile);

        Assert.Equal(DatabaseProvider.Sqlite, target.Provider);
        Assert.Equal(SqliteFile, target.ConnectionString);
    }

    [Theory]
    [InlineData("PostgreSql")]
    [InlineData("postgresql")]
    [InlineData(" POSTGRESQL ")]
    public void PostgreSql_in_any_case_takes_the_connection_string_named_Meldcode(string provider)
    {
        var target = DatabaseTarget.From(Settings(("Database:Provider", provider), ("ConnectionStrings:Meldcode", "Host=db;Database=meldcode")), () => SqliteFile);

        Assert.True(target.IsPostgreSql);
        Assert.Equal("Host=db;Database=meldcode", target.ConnectionString);
    }

    [Fact]
    public void PostgreSql_without_a_connection_string_stops_the_start_with_a_sentence_that_says_what_to_set()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => DatabaseTarget.From(Settings(("Database:Provider", "PostgreSql")), () => SqliteFile));

        Assert.Contains("ConnectionStrings:Meldcode is not set", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Postgres")]
    [InlineData("SqlServer")]
    [InlineData("1")]
    public void An_unknown_provider_is_refused_and_the_two_known_ones_are_named(string provider)
    {
        var refused = Assert.Throws<InvalidOperationException>(() => DatabaseTarget.From(Settings(("Database:Provider", provider)), () => SqliteFile));

        Assert.Contains($"\"{provider}\" is not known", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Sqlite", refused.Message, StringComparison.Ordinal);
        Assert.Contains("PostgreSql", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_PostgreSQL_database_is_described_by_server_and_name_never_with_its_password()
    {
        var target = DatabaseTarget.PostgreSql("Host=db.example.nl;Port=5433;Database=meldcode;Username=app;Password=geheim-wachtwoord");

        Assert.Equal("PostgreSQL database meldcode on db.example.nl:5433", target.Describe());
        Assert.DoesNotContain("geheim", target.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_lock_timeout_follows_the_busy_timeout_unless_the_connection_string_sets_its_own_server_options()
    {
        var plain = MeldcodeDatabase.PostgreSqlConnectionString("Host=db;Database=meldcode", busyTimeoutSeconds: 7);
        var own = MeldcodeDatabase.PostgreSqlConnectionString("Host=db;Database=meldcode;Options=-c lock_timeout=1000", busyTimeoutSeconds: 7);

        Assert.Contains("lock_timeout=7000", plain, StringComparison.Ordinal);
        Assert.Contains("lock_timeout=1000", own, StringComparison.Ordinal);
        Assert.DoesNotContain("7000", own, StringComparison.Ordinal);
    }

    private static IConfiguration Settings(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
}
