using Meldcode.Domain.Organisations;
using Meldcode.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Meldcode.Infrastructure.Persistence.Configurations;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("Users");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.DisplayName).HasMaxLength(User.DisplayNameMaxLength).IsRequired();
        builder.Property(u => u.Email).HasMaxLength(User.EmailMaxLength);
        builder.Property(u => u.IsActive).IsRequired();
        builder.Property(u => u.ExternalIssuer).HasMaxLength(User.IssuerMaxLength);
        builder.Property(u => u.ExternalSubject).HasMaxLength(User.SubjectMaxLength);

        // A person is issuer + subject, never an e-mail address. SQLite counts NULLs as distinct, so users
        // who do not sign in through a provider (demo users) do not collide.
        builder.HasIndex(u => new { u.ExternalIssuer, u.ExternalSubject }).IsUnique();
        builder.Property<int>(ApplicationDbContext.VersionProperty).IsConcurrencyToken();
        builder.Ignore(u => u.Roles);

        builder.HasOne<Organisation>()
            .WithMany()
            .HasForeignKey(u => u.OrganisationId)
            .OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(u => u.Memberships)
            .WithOne()
            .HasForeignKey(m => m.UserId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(u => u.Memberships).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
