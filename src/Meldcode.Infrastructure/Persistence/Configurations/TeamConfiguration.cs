using Meldcode.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Meldcode.Infrastructure.Persistence.Configurations;

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> builder)
    {
        builder.ToTable("Teams");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Name).HasMaxLength(Team.NameMaxLength).IsRequired().UseCollation("NOCASE");
        builder.HasIndex(t => new { t.OrganisationId, t.Name }).IsUnique();
        builder.Property<int>(ApplicationDbContext.VersionProperty).IsConcurrencyToken();
    }
}
