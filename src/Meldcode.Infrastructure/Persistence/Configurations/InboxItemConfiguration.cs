using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Inbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Meldcode.Infrastructure.Persistence.Configurations;

internal sealed class InboxItemConfiguration : IEntityTypeConfiguration<InboxItem>
{
    public void Configure(EntityTypeBuilder<InboxItem> builder)
    {
        builder.ToTable("InboxItems");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.RaisedByName).HasMaxLength(200).IsRequired();
        builder.Property(i => i.AcknowledgedByName).HasMaxLength(200);
        builder.Property(i => i.DoneByName).HasMaxLength(200);
        builder.Property(i => i.HandedOverToName).HasMaxLength(200);
        builder.Ignore(i => i.IsOpen);
        builder.Ignore(i => i.ClosesItself);
        builder.Property<int>(ApplicationDbContext.VersionProperty).IsConcurrencyToken();

        // Items go with their dossier (when a dossier is deleted at the end of its retention term).
        builder.HasOne<Dossier>().WithMany().HasForeignKey(i => i.DossierId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.TeamId, i.Status, i.CreatedAt });
        builder.HasIndex(i => new { i.RecipientId, i.Status, i.CreatedAt });
        builder.HasIndex(i => new { i.DossierId, i.SubjectId });
    }
}
