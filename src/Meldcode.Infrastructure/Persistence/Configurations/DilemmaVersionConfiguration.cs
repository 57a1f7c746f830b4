using Meldcode.Domain.Dilemmas;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Meldcode.Infrastructure.Persistence.Configurations;

/// <summary>A version of a library dilemma: keyed by its dilemma and number; the content is stored as JSON (<see cref="DilemmaJson"/>).</summary>
internal sealed class DilemmaVersionConfiguration : IEntityTypeConfiguration<DilemmaVersion>
{
    public const string Table = "DilemmaVersions";

    public void Configure(EntityTypeBuilder<DilemmaVersion> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(LibraryDilemmaConfiguration.LibraryDilemmaId, nameof(DilemmaVersion.Number));
        builder.Property(v => v.Number).ValueGeneratedNever();
        builder.Property(v => v.Content).HasConversion(DilemmaJson.Converter, DilemmaJson.Comparer).IsRequired();
    }
}
