using Microsoft.Data.Sqlite;
using Npgsql;

namespace Meldcode.Infrastructure.Persistence;

/// <summary>What a database error means, the same question asked of SQLite's and PostgreSQL's exceptions.</summary>
public static class DatabaseErrors
{
    /// <summary>SQLITE_CONSTRAINT_UNIQUE.</summary>
    private const int SqliteUniqueConstraint = 2067;

    /// <summary>SQLITE_CONSTRAINT_PRIMARYKEY.</summary>
    private const int SqlitePrimaryKeyConstraint = 1555;

    /// <summary>
    /// A unique key of <paramref name="table"/> that includes <paramref name="column"/> refused a row (this exception or
    /// one it wraps). SQLite names the column in its message ("UNIQUE constraint failed: Table.Column"); PostgreSQL
    /// names the table and the constraint, whose name EF Core builds from the columns (or <c>PK_Table</c> for the key).
    /// </summary>
    public static bool IsUniqueViolation(Exception? exception, string table, string column)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case SqliteException { SqliteExtendedErrorCode: SqliteUniqueConstraint or SqlitePrimaryKeyConstraint } sqlite:
                    return sqlite.Message.Contains($"{table}.{column}", StringComparison.Ordinal);
                case PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } postgres:
                    return postgres.TableName == table
                        && (postgres.ConstraintName == $"PK_{table}" || (postgres.ConstraintName?.Contains(column, StringComparison.Ordinal) ?? false));
            }
        }

        return false;
    }
}
