using Meldcode.Domain.Retention;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Meldcode.Infrastructure.Persistence.Configurations;

/// <summary>
/// Deletion records: no foreign keys (they outlive what they describe), append-only through triggers, and the permit the
/// chronology's delete trigger asks for (see the migration <c>Retention</c>).
/// </summary>
internal sealed class DeletionRecordConfiguration : IEntityTypeConfiguration<DeletionRecord>
{
    public void Configure(EntityTypeBuilder<DeletionRecord> builder)
    {
        builder.ToTable(ApplicationDbContext.DeletionRecordsTable);
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Kind).HasMaxLength(40).IsRequired();
        builder.Property(r => r.Number).HasMaxLength(DeletionRecord.NumberMaxLength).IsRequired();
        builder.Property(r => r.Reason).HasMaxLength(40).IsRequired();
        builder.Property(r => r.DecisionReason).HasMaxLength(12_000);
        builder.Property(r => r.DeletedByName).HasMaxLength(200).IsRequired();
        builder.Ignore(r => r.ReasonText);
        builder.HasIndex(r => r.RecordId);
        builder.HasIndex(r => new { r.OrganisationId, r.DeletedAt });
    }
}

internal sealed class ScheduledJobRunConfiguration : IEntityTypeConfiguration<ScheduledJobRun>
{
    public const string Table = "ScheduledJobRuns";

    public void Configure(EntityTypeBuilder<ScheduledJobRun> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(r => new { r.Job, r.Day });
        builder.Property(r => r.Job).HasMaxLength(60);
    }
}
