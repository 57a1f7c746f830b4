using Meldcode.Domain.Common;
using Meldcode.Domain.Organisations;
using Meldcode.Domain.Retention;

namespace Meldcode.Domain.Tests.Retention;

public sealed class RetentionTermTests
{
    /// <summary>Closed late in the evening of 18 November 2026, Dutch time (still the 18th in Amsterdam, the 18th in UTC too).</summary>
    private static readonly DateTimeOffset ClosedAt = new(2026, 11, 18, 21, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(2031, 11, 17, false)]
    [InlineData(2031, 11, 18, true)]
    [InlineData(2031, 11, 19, true)]
    public void A_term_of_five_years_ends_on_the_day_the_dossier_closed_five_years_later(int year, int month, int day, bool ended) =>
        Assert.Equal(ended, RetentionTerms.HasEnded(ClosedAt, 5, new DateOnly(year, month, day)));

    [Fact]
    public void The_closing_day_is_the_Dutch_day_not_the_UTC_day()
    {
        // 23:30 UTC on 31 December is already 1 January in Amsterdam.
        var closed = new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2028, 1, 1), RetentionTerms.EndsOn(closed, 1));
    }

    [Theory]
    [InlineData(Sector.Education, 5, 5)]
    [InlineData(Sector.Childcare, 7, 7)]
    [InlineData(Sector.SocialSupport, 10, 10)]
    [InlineData(Sector.YouthCare, 5, 20)]
    [InlineData(Sector.HealthCare, 15, 20)]
    [InlineData(Sector.YouthCare, 25, 25)]
    public void A_dossier_of_youth_care_or_health_care_is_kept_at_least_the_statutory_twenty_years(Sector sector, int organisationYears, int expected) =>
        Assert.Equal(expected, RetentionTerms.DossierTerm(sector, organisationYears));

    [Fact]
    public void A_new_organisation_starts_with_the_documented_defaults_per_kind()
    {
        var school = Organisation.Create("Basisschool De Regenboog", Sector.Education);
        var care = Organisation.Create("Jeugdhulp De Brug", Sector.YouthCare);

        Assert.Equal((5, 5), (school.RetentionYears, school.StaffConcernRetentionYears));
        Assert.Equal(20, care.RetentionYears);
    }

    [Fact]
    public void A_school_may_choose_its_own_terms_per_kind()
    {
        var school = Organisation.Create("Basisschool De Regenboog", Sector.Education);

        school.ChangeSettings(school.Name, school.Sector, null, 3, 7);

        Assert.Equal((3, 7), (school.RetentionYears, school.StaffConcernRetentionYears));
    }

    [Fact]
    public void A_youth_care_organisation_cannot_keep_dossiers_shorter_than_twenty_years()
    {
        var care = Organisation.Create("Jeugdhulp De Brug", Sector.YouthCare);

        var refused = Assert.Throws<DomainException>(() => care.ChangeSettings(care.Name, care.Sector, null, 19, 5));

        Assert.Equal("Jullie organisatie werkt (ook) in de jeugdhulp of de zorg. Daar bewaar je dossiers volgens de wet 20 jaar. Kies een bewaartermijn van 20 jaar of langer.", refused.Message);
        Assert.Equal(20, care.RetentionYears);
    }

    [Fact]
    public void A_school_with_a_health_care_team_cannot_keep_dossiers_shorter_than_twenty_years()
    {
        var school = Organisation.Create("Stichting De Linde", Sector.Education);
        school.AddTeam("Schoolarts", Sector.HealthCare);

        Assert.Throws<DomainException>(() => school.ChangeSettings(school.Name, school.Sector, null, 5, 5));
        school.ChangeSettings(school.Name, school.Sector, null, 20, 5);
        Assert.Equal(20, school.RetentionYears);
    }
}
