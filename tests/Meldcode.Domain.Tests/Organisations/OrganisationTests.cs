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

        Assert.Equal("Vul de naam van de organisatie in.", error.Message);
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
