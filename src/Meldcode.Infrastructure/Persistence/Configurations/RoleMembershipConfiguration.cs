using Meldcode.Domain.Organisations;
using Meldcode.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Meldcode.Infrastructure.Persistence.Configurations;

internal sealed class RoleMembershipConfiguration : IEntityTypeConfiguration<RoleMembership>
{
    public void Configure(EntityTypeBuilder<RoleMembership> builder)
    {
        builder.ToTable("RoleMemberships");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(32).IsRequired();
        builder.HasOne<Team>()
            .WithMany()
            .HasForeignKey(m => m.TeamId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.UserId, m.Role, m.TeamId }).IsUnique();
    }
}
