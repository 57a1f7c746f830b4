using Meldcode.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Infrastructure.Persistence;

/// <summary>
/// Where the PostgreSQL model differs from SQLite's. Everything else is one model: the same tables, keys, value
/// conversions (moments as UTC ticks, dates as ISO text, enums by name), so both providers store the same values and
/// a copy from one to the other is exact.
/// </summary>
internal static class PostgreSqlModel
{
    /// <summary>
    /// A team's name is unique in its organisation whatever its case ("Groep 3" and "groep 3" are the same team). SQLite
    /// has the collation NOCASE for that; PostgreSQL gets an ICU collation that ignores case (level 2: accents still count).
    /// </summary>
    public const string CaseInsensitiveCollation = "meldcode_case_insensitive";

    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.HasCollation(CaseInsensitiveCollation, locale: "und-u-ks-level2", provider: "icu", deterministic: false);
        modelBuilder.Entity<Team>().Property(t => t.Name).UseCollation(CaseInsensitiveCollation);
    }
}
