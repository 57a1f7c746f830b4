using Meldcode.Domain.Administration;
using Meldcode.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Meldcode.Infrastructure.Persistence.Configurations;

internal sealed class AdministrationLogEntryConfiguration : IEntityTypeConfiguration<AdministrationLogEntry>
{
    public void Configure(EntityTypeBuilder<AdministrationLogEntry> builder)
    {
        builder.ToTable(ApplicationDbContext.AdministrationLogTable);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.ActorName).HasMaxLength(200).IsRequired();
        builder.Property(e => e.Description).HasMaxLength(AdministrationLogEntry.DescriptionMaxLength).IsRequired();
        builder.HasOne<Organisation>()
            .WithMany()
            .HasForeignKey(e => e.OrganisationId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.OrganisationId, e.At });
    }
}
