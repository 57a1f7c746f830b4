using Meldcode.Domain.Notifications;
using Meldcode.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Meldcode.Infrastructure.Persistence.Configurations;

internal sealed class PendingMailConfiguration : IEntityTypeConfiguration<PendingMail>
{
    public void Configure(EntityTypeBuilder<PendingMail> builder)
    {
        builder.ToTable("PendingMails");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();

        // Two senders sharing the database cannot both start the same attempt: the second save finds the count changed.
        builder.Property(m => m.Attempts).IsConcurrencyToken();
        builder.Ignore(m => m.IsWaiting);
        builder.HasOne<User>()
            .WithMany()
            .HasForeignKey(m => m.RecipientUserId)
            .OnDelete(DeleteBehavior.Cascade);

        // What is due (the sender's query), and whether someone has one waiting or when they were last mailed.
        builder.HasIndex(m => new { m.Status, m.NextAttemptAt });
        builder.HasIndex(m => new { m.RecipientUserId, m.Status });
    }
}
