using Meldcode.Domain.Dossiers;
using Meldcode.Domain.Drafts;
using Meldcode.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Meldcode.Infrastructure.Persistence.Configurations;

internal sealed class FormDraftConfiguration : IEntityTypeConfiguration<FormDraft>
{
    public void Configure(EntityTypeBuilder<FormDraft> builder)
    {
        builder.ToTable("FormDrafts");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.FormKey).HasMaxLength(FormDraft.MaxFormKeyLength).IsRequired();
        builder.Property(d => d.Fields).IsRequired();
        builder.HasOne<User>()
            .WithMany()
            .HasForeignKey(d => d.UserId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Dossier>()
            .WithMany()
            .HasForeignKey(d => d.AboutDossierId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.UserId, d.FormKey }).IsUnique();
        builder.HasIndex(d => d.SavedAt);
    }
}
