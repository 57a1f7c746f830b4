using Meldcode.Application.Common.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Application.Tests.Persistence;

/// <summary>
/// A search folds the stored name inside the database (<c>meldcode_fold</c>: a function registered on each SQLite
/// connection, an SQL function in PostgreSQL) and the search term in .NET; both must fold alike, or a name is not found.
/// </summary>
public sealed class SearchFoldTests(SearchFoldTests.MigratedDatabase database) : IClassFixture<SearchFoldTests.MigratedDatabase>
{
    public static TheoryData<string> Names =>
    [
        "Zoë", "ZOË", "Chloé", "Noël", "Inès", "Ruşen", "Çelik", "Åsa", "Ångström", "Dvořák", "Štěpán", "Łukasz", "Ærø", "Øyvind",
        "Brontë-de Vries", "van 't Hof", "ÖZTÜRK", "İlkay", "Ğülşen", "Mañana", "Ijsbrand", "IJsbrand", "Renée", "Zoë  Smit",
    ];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task The_database_folds_a_name_exactly_as_the_search_term_is_folded(string name)
    {
        await using var context = database.Database.CreateContext();

        var inTheDatabase = await context.Database.SqlQueryRaw<string>($"SELECT {SearchText.SqlName}({{0}}) AS \"Value\"", name).SingleAsync();

        Assert.Equal(SearchText.Fold(name), inTheDatabase);
    }

    /// <summary>One migrated database for every name.</summary>
    public sealed class MigratedDatabase : IAsyncLifetime, IDisposable
    {
        public TestDatabase Database { get; } = new();

        public async Task InitializeAsync() => await Database.MigrateAsync();

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => Database.Dispose();
    }
}
