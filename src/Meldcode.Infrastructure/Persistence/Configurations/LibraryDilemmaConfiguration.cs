using Meldcode.Domain.Dilemmas;
using Meldcode.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Meldcode.Infrastructure.Persistence.Configurations;

/// <summary>The dilemma library: a row per dilemma in LibraryDilemmas, a row per version in DilemmaVersions (content as JSON).</summary>
internal sealed class LibraryDilemmaConfiguration : IEntityTypeConfiguration<LibraryDilemma>
{
    public const string LibraryDilemmaId = "LibraryDilemmaId";

    public void Configure(EntityTypeBuilder<LibraryDilemma> builder)
    {
        builder.ToTable("LibraryDilemmas");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Key).HasMaxLength(Dilemma.KeyMax).IsRequired();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(d => d.OrganisationId).OnDelete(DeleteBehavior.Restrict);

        // Keys are unique within an organisation, and among the built-in dilemmas (SQLite's unique index lets NULLs repeat).
        builder.HasIndex(d => new { d.OrganisationId, d.Key }).IsUnique();
        builder.HasIndex(d => d.Key).IsUnique().HasFilter("\"OrganisationId\" IS NULL").HasDatabaseName("IX_LibraryDilemmas_BuiltInKey");
        builder.Property<int>(ApplicationDbContext.VersionProperty).IsConcurrencyToken();
        builder.Ignore(d => d.IsBuiltIn);
        builder.Ignore(d => d.IsArchived);
        builder.Ignore(d => d.Latest);

        builder.HasMany(d => d.Versions).WithOne().HasForeignKey(LibraryDilemmaId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Versions).UsePropertyAccessMode(PropertyAccessMode.Field).HasField("_versions");
    }
}
