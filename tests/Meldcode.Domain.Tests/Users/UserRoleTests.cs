using Meldcode.Domain.Common;
using Meldcode.Domain.Organisations;
using Meldcode.Domain.Users;

namespace Meldcode.Domain.Tests.Users;

public sealed class UserRoleTests
{
    private readonly Organisation _school = Organisation.Create("Stichting De Linde", Sector.Education);
    private readonly Team _esdoorn;
    private readonly Team _anker;

    public UserRoleTests()
    {
        _esdoorn = _school.AddTeam("De Esdoorn");
        _anker = _school.AddTeam("Het Anker");
    }

    public static TheoryData<Role> TeamScopedRoles => new() { Role.Professional, Role.SafeguardingLead };

    public static TheoryData<Role> OrganisationWideRoles => new() { Role.Trainer, Role.FunctionalAdministrator, Role.PrivacyOfficer, Role.Board };

    [Fact]
    public void Every_role_is_either_team_scoped_or_organisation_wide()
    {
        var all = Enum.GetValues<Role>();

        Assert.Equal(6, all.Length);
        Assert.Equal([Role.Professional, Role.SafeguardingLead], all.Where(r => r.IsTeamScoped()));
    }

    [Theory]
    [MemberData(nameof(TeamScopedRoles))]
    public void A_team_scoped_role_is_held_for_a_team(Role role)
    {
        var user = User.Create(_school, "Sanne de Vries", null);

        var membership = user.Grant(role, _esdoorn);

        Assert.Equal(_esdoorn.Id, membership.TeamId);
        Assert.True(user.HasRole(role));
    }

    [Theory]
    [MemberData(nameof(TeamScopedRoles))]
    public void A_team_scoped_role_without_a_team_is_refused(Role role)
    {
        var user = User.Create(_school, "Sanne de Vries", null);

        var error = Assert.Throws<DomainException>(() => user.Grant(role));

        Assert.Equal("Deze rol hoort bij een team of locatie: kies er een.", error.Message);
        Assert.Empty(user.Memberships);
    }

    [Theory]
    [MemberData(nameof(OrganisationWideRoles))]
    public void An_organisation_wide_role_takes_no_team(Role role)
    {
        var user = User.Create(_school, "Peter Jansen", null);

        Assert.Throws<DomainException>(() => user.Grant(role, _esdoorn));
        var membership = user.Grant(role);

        Assert.Null(membership.TeamId);
        Assert.True(user.HasRole(role));
    }

    [Fact]
    public void A_team_of_another_organisation_is_refused()
    {
        var other = Organisation.Create("Kinderopvang Zonnebloem", Sector.Childcare);
        var otherTeam = other.AddTeam("Locatie Noord");
        var user = User.Create(_school, "Sanne de Vries", null);

        var error = Assert.Throws<DomainException>(() => user.Grant(Role.Professional, otherTeam));

        Assert.Equal("Het team hoort niet bij de organisatie van deze gebruiker.", error.Message);
    }

    [Fact]
    public void A_user_may_hold_several_roles_and_one_role_in_several_teams()
    {
        var user = User.Create(_school, "Mehmet Yılmaz", null);

        user.Grant(Role.Professional, _esdoorn);
        user.Grant(Role.SafeguardingLead, _esdoorn);
        user.Grant(Role.SafeguardingLead, _anker);
        user.Grant(Role.Trainer);

        Assert.Equal(4, user.Memberships.Count);
        Assert.Equal(new HashSet<Role> { Role.Professional, Role.SafeguardingLead, Role.Trainer }, user.Roles);
    }

    [Fact]
    public void The_same_role_for_the_same_team_cannot_be_granted_twice()
    {
        var user = User.Create(_school, "Sanne de Vries", null);
        user.Grant(Role.Professional, _esdoorn);

        var error = Assert.Throws<DomainException>(() => user.Grant(Role.Professional, _esdoorn));

        Assert.Equal("Deze gebruiker heeft deze rol al.", error.Message);
        Assert.Single(user.Memberships);
    }

    [Fact]
    public void Revoking_removes_only_that_role_in_that_team()
    {
        var user = User.Create(_school, "Mehmet Yılmaz", null);
        user.Grant(Role.SafeguardingLead, _esdoorn);
        user.Grant(Role.SafeguardingLead, _anker);

        Assert.True(user.Revoke(Role.SafeguardingLead, _esdoorn.Id));
        Assert.False(user.Revoke(Role.SafeguardingLead, _esdoorn.Id));

        Assert.Equal(_anker.Id, Assert.Single(user.Memberships).TeamId);
    }

    [Fact]
    public void A_new_user_is_active_until_deactivated()
    {
        var user = User.Create(_school, "Sanne de Vries", "sanne@delinde.example");
        Assert.True(user.IsActive);

        user.Deactivate();
        Assert.False(user.IsActive);

        user.Reactivate();
        Assert.True(user.IsActive);
    }

    [Theory]
    [InlineData("geen-apenstaartje")]
    [InlineData("   x   ")]
    public void An_email_address_must_look_like_one(string email)
    {
        Assert.Throws<DomainException>(() => User.Create(_school, "Sanne de Vries", email));
    }

    [Fact]
    public void An_empty_email_address_is_stored_as_none()
    {
        var user = User.Create(_school, "Sanne de Vries", "  ");

        Assert.Null(user.Email);
    }

    [Fact]
    public void A_user_needs_a_name()
    {
        var error = Assert.Throws<DomainException>(() => User.Create(_school, " ", null));

        Assert.Equal("Vul de naam in.", error.Message);
    }
}
