using Meldcode.Domain.StaffConcerns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Meldcode.Infrastructure.Persistence.Configurations;

internal sealed class StaffConcernConfiguration : IEntityTypeConfiguration<StaffConcern>
{
    public void Configure(EntityTypeBuilder<StaffConcern> builder)
    {
        builder.ToTable("StaffConcerns");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Number).HasMaxLength(16).IsRequired();
        builder.HasIndex(c => new { c.OrganisationId, c.Number }).IsUnique();
        builder.HasIndex(c => c.RaisedBy);
        builder.Property(c => c.StaffMemberName).HasMaxLength(200).IsRequired();
        builder.Property(c => c.RaisedByName).HasMaxLength(200).IsRequired();
        builder.Property(c => c.Description).IsRequired();
        builder.Property(c => c.PoliceReference).HasMaxLength(200);
        builder.Property<int>(ApplicationDbContext.VersionProperty).IsConcurrencyToken();
        builder.Ignore(c => c.IsClosed);
    }
}
