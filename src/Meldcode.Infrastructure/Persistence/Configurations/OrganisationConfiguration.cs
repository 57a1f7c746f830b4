using Meldcode.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Meldcode.Infrastructure.Persistence.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.ToTable("Organisations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Name).HasMaxLength(Organisation.NameMaxLength).IsRequired();
        builder.Property(o => o.Sector).HasConversion<string>().HasMaxLength(32).IsRequired();
        builder.Property(o => o.VeiligThuisRegion).HasMaxLength(Organisation.VeiligThuisRegionMaxLength);
        builder.Property<int>(ApplicationDbContext.VersionProperty).IsConcurrencyToken();
        builder.Property(o => o.FourEyesOnReports).IsRequired();
        builder.Property(o => o.StalledAfterWorkingDays).IsRequired();
        builder.ComplexProperty(o => o.CampaignWeek, week =>
        {
            week.Property(w => w.StartDay).HasColumnName("CampaignWeekStartDay");
            week.Property(w => w.StartMonth).HasColumnName("CampaignWeekStartMonth");
            week.Property(w => w.EndDay).HasColumnName("CampaignWeekEndDay");
            week.Property(w => w.EndMonth).HasColumnName("CampaignWeekEndMonth");
            week.Property(w => w.Theme).HasColumnName("CampaignWeekTheme").HasMaxLength(CampaignWeek.ThemeMax).IsRequired();
        });

        builder.HasMany(o => o.Teams)
            .WithOne()
            .HasForeignKey(t => t.OrganisationId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(o => o.Teams).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
