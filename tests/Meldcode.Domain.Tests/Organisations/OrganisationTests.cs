using Meldcode.Domain.Common;
using Meldcode.Domain.Organisations;

namespace Meldcode.Domain.Tests.Organisations;

public sealed class OrganisationTests
{
    [Theory]
    [InlineData(Sector.Education)]
    [InlineData(Sector.Childcare)]
    [InlineData(Sector.YouthCare)]
    [InlineData(Sector.HealthCare)]
    [InlineData(Sector.SocialSupport)]
    public void An_organisation_can_work_in_each_meldcode_sector(Sector sector)
    {
        var organisation = Organisation.Create("  Stichting De Linde  ", sector);

        Assert.Equal("Stichting De Linde", organisation.Name);
        Assert.Equal(sector, organisation.Sector);
        Assert.NotEqual(Guid.Empty, organisation.Id);
    }

    [Fact]
    public void There_are_exactly_five_sectors()
    {
        Assert.Equal(5, Enum.GetValues<Sector>().Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void An_organisation_needs_a_name(string? name)
    {
        var error = Assert.Throws<DomainException>(() => Organisation.Create(name!, Sector.Education));

        Assert.Equal("De naam van de organisatie is verplicht.", error.Message);
    }

    [Fact]
    public void An_organisation_name_longer_than_the_limit_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => Organisation.Create(new string('a', Organisation.NameMaxLength + 1), Sector.Education));

        Assert.Contains("hoogstens 200 tekens", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_sector_is_refused()
    {
        Assert.Throws<DomainException>(() => Organisation.Create("School", (Sector)99));
    }

    [Fact]
    public void Teams_belong_to_their_organisation()
    {
        var organisation = Organisation.Create("Stichting De Linde", Sector.Education);

        var team = organisation.AddTeam("Basisschool De Esdoorn");

        Assert.Equal(organisation.Id, team.OrganisationId);
        Assert.Same(team, Assert.Single(organisation.Teams));
    }

    [Fact]
    public void Two_teams_of_one_organisation_cannot_share_a_name_whatever_the_case()
    {
        var organisation = Organisation.Create("Stichting De Linde", Sector.Education);
        organisation.AddTeam("Basisschool De Esdoorn");

        var error = Assert.Throws<DomainException>(() => organisation.AddTeam("basisschool de esdoorn "));

        Assert.Contains("Er is al een team", error.Message, StringComparison.Ordinal);
        Assert.Single(organisation.Teams);
    }
}

public sealed class OrganisationSettingsTests
{
    private readonly Organisation _school = Organisation.Create("Stichting De Linde", Sector.Education);

    [Fact]
    public void The_settings_change_together()
    {
        _school.ChangeSettings(" Stichting De Eik ", Sector.Childcare, " Veilig Thuis Utrecht ", 20);

        Assert.Equal(("Stichting De Eik", Sector.Childcare, "Veilig Thuis Utrecht", 20), (_school.Name, _school.Sector, _school.VeiligThuisRegion, _school.RetentionYears));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void A_retention_term_outside_one_to_a_hundred_years_changes_nothing(int years)
    {
        var refused = Assert.Throws<DomainException>(() => _school.ChangeSettings("Andere naam", Sector.Childcare, null, years));

        Assert.Equal("De bewaartermijn moet tussen 1 en 100 jaar liggen.", refused.Message);
        Assert.Equal(("Stichting De Linde", Sector.Education, (int?)null), (_school.Name, _school.Sector, _school.RetentionYears));
    }

    [Fact]
    public void A_team_can_be_renamed_but_not_to_the_name_of_another_team()
    {
        var esdoorn = _school.AddTeam("De Esdoorn");
        _school.AddTeam("Het Anker");

        _school.RenameTeam(esdoorn.Id, "de esdoorn (Zeist)");
        var refused = Assert.Throws<DomainException>(() => _school.RenameTeam(esdoorn.Id, "HET ANKER"));

        Assert.Equal("de esdoorn (Zeist)", esdoorn.Name);
        Assert.Equal("Er is al een team of locatie met de naam 'HET ANKER'.", refused.Message);
    }

    [Fact]
    public void A_team_can_keep_its_own_name_with_other_capitals()
    {
        var esdoorn = _school.AddTeam("De Esdoorn");

        _school.RenameTeam(esdoorn.Id, "DE ESDOORN");

        Assert.Equal("DE ESDOORN", esdoorn.Name);
    }
}
