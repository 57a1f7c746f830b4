using Meldcode.Domain.AccessLog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Meldcode.Infrastructure.Persistence.Configurations;

/// <summary>
/// The access log: keyed by its place in the chain, no foreign keys (a line outlives the dossier, the staff-member
/// record and even the user it names), append-only through triggers (see the migration <c>AccessLog</c>).
/// </summary>
internal sealed class AccessLogEntryConfiguration : IEntityTypeConfiguration<AccessLogEntry>
{
    public void Configure(EntityTypeBuilder<AccessLogEntry> builder)
    {
        builder.ToTable(ApplicationDbContext.AccessLogTable);
        builder.HasKey(e => e.Sequence);
        builder.Property(e => e.Sequence).ValueGeneratedNever();
        builder.Property(e => e.UserName).HasMaxLength(AccessLogEntry.NameMaxLength).IsRequired();
        builder.Property(e => e.Roles).HasMaxLength(AccessLogEntry.RolesMaxLength).IsRequired();
        builder.Property(e => e.SubjectNumber).HasMaxLength(AccessLogEntry.NumberMaxLength);
        builder.Property(e => e.Part).HasMaxLength(AccessLogEntry.PartMaxLength).IsRequired();
        builder.Property(e => e.ClientAddress).HasMaxLength(AccessLogEntry.AddressMaxLength);
        builder.Property(e => e.SessionReference).HasMaxLength(AccessLogEntry.SessionReferenceMaxLength);
        builder.Property(e => e.PreviousHash).HasMaxLength(AccessLogEntry.HashLength).IsRequired();
        builder.Property(e => e.Hash).HasMaxLength(AccessLogEntry.HashLength).IsRequired();
        builder.HasIndex(e => new { e.OrganisationId, e.At });
        builder.HasIndex(e => new { e.OrganisationId, e.SubjectNumber });
        builder.HasIndex(e => new { e.OrganisationId, e.UserId, e.At });
        builder.HasIndex(e => e.SubjectId);
    }
}
