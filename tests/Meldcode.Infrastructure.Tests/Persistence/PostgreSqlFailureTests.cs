using System.Net.Sockets;
using Meldcode.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Meldcode.Infrastructure.Tests.Persistence;

/// <summary>PostgreSQL's errors sorted as SQLite's are: storage trouble (try again, or tell the operator) versus everything else.</summary>
public sealed class PostgreSqlFailureTests
{
    [Theory]
    [InlineData(PostgresErrorCodes.LockNotAvailable, StorageFailure.Locked)]
    [InlineData(PostgresErrorCodes.DeadlockDetected, StorageFailure.Locked)]
    [InlineData(PostgresErrorCodes.SerializationFailure, StorageFailure.Locked)]
    [InlineData(PostgresErrorCodes.QueryCanceled, StorageFailure.Locked)]
    [InlineData(PostgresErrorCodes.DiskFull, StorageFailure.Full)]
    [InlineData(PostgresErrorCodes.ReadOnlySqlTransaction, StorageFailure.ReadOnly)]
    [InlineData(PostgresErrorCodes.IoError, StorageFailure.InputOutput)]
    [InlineData(PostgresErrorCodes.InvalidPassword, StorageFailure.CannotOpen)]
    [InlineData(PostgresErrorCodes.InvalidCatalogName, StorageFailure.CannotOpen)]
    [InlineData(PostgresErrorCodes.AdminShutdown, StorageFailure.Unreachable)]
    [InlineData(PostgresErrorCodes.CannotConnectNow, StorageFailure.Unreachable)]
    [InlineData(PostgresErrorCodes.TooManyConnections, StorageFailure.Unreachable)]
    [InlineData(PostgresErrorCodes.ConnectionFailure, StorageFailure.Unreachable)]
    public void A_server_error_about_storage_is_a_storage_failure_wherever_EF_Core_wrapped_it(string sqlState, StorageFailure expected)
    {
        var wrapped = new DbUpdateException("save failed", new PostgresException("message", "ERROR", "ERROR", sqlState));

        Assert.Equal(expected, StorageFailures.Classify(wrapped));
    }

    [Theory]
    [InlineData(PostgresErrorCodes.UniqueViolation)]
    [InlineData(PostgresErrorCodes.ForeignKeyViolation)]
    [InlineData(PostgresErrorCodes.RestrictViolation)] // an append-only table refusing a change: a broken rule, not storage
    [InlineData(PostgresErrorCodes.SyntaxError)]
    public void A_broken_rule_or_a_bug_is_not_a_storage_failure(string sqlState) =>
        Assert.Null(StorageFailures.Classify(new PostgresException("message", "ERROR", "ERROR", sqlState)));

    [Fact]
    public void A_server_that_does_not_answer_is_unreachable_and_worth_trying_again()
    {
        var failure = StorageFailures.Classify(new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused)));

        Assert.Equal(StorageFailure.Unreachable, failure);
        Assert.True(failure!.Value.IsTemporary());
        Assert.False(StorageFailure.ReadOnly.IsTemporary());
    }

    [Fact]
    public void A_unique_key_is_recognised_by_its_table_and_the_constraint_that_names_the_column()
    {
        var sequenceTaken = Violation("ChronologyEntries", "IX_ChronologyEntries_DossierId_Sequence");
        var keyTaken = Violation("DilemmaVersions", "PK_DilemmaVersions");
        var otherTable = Violation("Dossiers", "IX_Dossiers_NumberYear_NumberSequence");

        Assert.True(DatabaseErrors.IsUniqueViolation(new DbUpdateException("x", sequenceTaken), "ChronologyEntries", "Sequence"));
        Assert.True(DatabaseErrors.IsUniqueViolation(keyTaken, "DilemmaVersions", "Number"));
        Assert.False(DatabaseErrors.IsUniqueViolation(otherTable, "ChronologyEntries", "Sequence"));
    }

    private static PostgresException Violation(string table, string constraint) =>
        new("duplicate key value violates unique constraint", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation, tableName: table, constraintName: constraint);
}
