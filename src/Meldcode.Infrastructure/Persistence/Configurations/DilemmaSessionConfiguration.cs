using Meldcode.Domain.DilemmaSessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Meldcode.Infrastructure.Persistence.Configurations;

internal sealed class DilemmaSessionConfiguration : IEntityTypeConfiguration<DilemmaSession>
{
    public void Configure(EntityTypeBuilder<DilemmaSession> builder)
    {
        builder.ToTable("DilemmaSessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Title).HasMaxLength(SessionRules.TitleMax).IsRequired();
        builder.Property(s => s.JoinCode).HasMaxLength(SessionRules.JoinCodeLength);

        // A code belongs to one running session at a time; an ended session gives its code back.
        builder.HasIndex(s => s.JoinCode).IsUnique().HasFilter("\"JoinCode\" IS NOT NULL");
        builder.HasIndex(s => new { s.OrganisationId, s.TrainerId });
        builder.Property(s => s.OpenRound).HasMaxLength(20);
        builder.Property<int>(ApplicationDbContext.VersionProperty).IsConcurrencyToken();
        builder.Ignore(s => s.Current);
        builder.Ignore(s => s.CurrentDecisionPoint);
        builder.Ignore(s => s.AtLastStage);

        builder.OwnsMany(s => s.Dilemmas, dilemma =>
        {
            dilemma.ToTable("DilemmaSessionDilemmas");
            dilemma.WithOwner().HasForeignKey("SessionId");
            dilemma.HasKey("SessionId", nameof(SessionDilemma.Position));
            dilemma.Property(d => d.Position).ValueGeneratedNever();
            dilemma.Property(d => d.Content).HasConversion(DilemmaJson.Converter, DilemmaJson.Comparer).IsRequired();
        });
        builder.Navigation(s => s.Dilemmas).HasField("_dilemmas").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
