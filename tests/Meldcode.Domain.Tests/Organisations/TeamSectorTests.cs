using Meldcode.Domain.Common;
using Meldcode.Domain.Organisations;

namespace Meldcode.Domain.Tests.Organisations;

/// <summary>Each team or location works in a sector; the organisation's is the default for a new one.</summary>
public sealed class TeamSectorTests
{
    [Fact]
    public void A_new_team_takes_the_organisations_sector_unless_another_is_chosen()
    {
        var board = Organisation.Create("Stichting De Linde", Sector.Education);

        var school = board.AddTeam("Basisschool De Esdoorn");
        var care = board.AddTeam("Schoolmaatschappelijk werk", Sector.SocialSupport);

        Assert.Equal(Sector.Education, school.Sector);
        Assert.Equal(Sector.SocialSupport, care.Sector);
    }

    [Fact]
    public void A_teams_sector_changes_without_changing_the_organisations_or_the_other_teams()
    {
        var board = Organisation.Create("Stichting De Linde", Sector.Education);
        var school = board.AddTeam("Basisschool De Esdoorn");
        var other = board.AddTeam("Basisschool Het Anker");

        board.ChangeTeamSector(school.Id, Sector.Childcare);

        Assert.Equal((Sector.Childcare, Sector.Education, Sector.Education), (school.Sector, other.Sector, board.Sector));
    }

    [Fact]
    public void An_unknown_sector_or_a_team_of_another_organisation_is_refused()
    {
        var board = Organisation.Create("Stichting De Linde", Sector.Education);
        var school = board.AddTeam("Basisschool De Esdoorn");
        var elsewhere = Organisation.Create("Zorg Noord", Sector.HealthCare).AddTeam("Team Oost");

        Assert.Throws<DomainException>(() => board.AddTeam("Locatie West", (Sector)99));
        Assert.Throws<DomainException>(() => board.ChangeTeamSector(school.Id, (Sector)99));
        Assert.Throws<DomainException>(() => board.ChangeTeamSector(elsewhere.Id, Sector.Childcare));
        Assert.Equal(Sector.Education, school.Sector);
        Assert.Single(board.Teams);
    }

    [Theory]
    [InlineData(Sector.Education, 5, false, true)]
    [InlineData(Sector.Childcare, 5, false, true)]
    [InlineData(Sector.YouthCare, 20, true, false)]
    [InlineData(Sector.HealthCare, 20, true, false)]
    [InlineData(Sector.SocialSupport, 20, true, false)]
    public void The_sector_decides_the_kindcheck_the_staff_route_and_a_new_organisations_retention_term(Sector sector, int retentionYears, bool kindcheck, bool staffRoute)
    {
        Assert.Equal(retentionYears, Organisation.Create("Organisatie", sector).RetentionYears);
        Assert.Equal(kindcheck, sector.DoesKindchecks());
        Assert.Equal(staffRoute, sector.HasStaffConcernRoute());
    }
}
