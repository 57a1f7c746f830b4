using Meldcode.Domain.DilemmaSessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Meldcode.Infrastructure.Persistence.Configurations;

internal sealed class ReflectionConfiguration : IEntityTypeConfiguration<Reflection>
{
    public void Configure(EntityTypeBuilder<Reflection> builder)
    {
        builder.ToTable("DilemmaSessionReflections");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Text).HasMaxLength(Reflection.TextMax).IsRequired();
        builder.Property(r => r.Hints).HasConversion<int>();
        builder.HasIndex(r => new { r.SessionId, r.SentAt });
        builder.HasOne<DilemmaSession>().WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(r => r.IsHeldBack);
        builder.Ignore(r => r.IsErased);
    }
}
