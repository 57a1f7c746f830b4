using Meldcode.Domain.DilemmaSessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Meldcode.Infrastructure.Persistence.Configurations;

internal sealed class SessionVoteConfiguration : IEntityTypeConfiguration<SessionVote>
{
    public void Configure(EntityTypeBuilder<SessionVote> builder)
    {
        builder.ToTable("DilemmaSessionVotes");

        // One vote per participant per round: voting again replaces the answer.
        builder.HasKey(v => new { v.SessionId, v.Round, v.ParticipantId });
        builder.Property(v => v.Round).HasMaxLength(20);
        builder.Property(v => v.Answer).HasMaxLength(2).IsRequired();
        builder.HasOne<DilemmaSession>().WithMany().HasForeignKey(v => v.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SessionParticipant>().WithMany().HasForeignKey(v => v.ParticipantId).OnDelete(DeleteBehavior.Restrict);
    }
}
