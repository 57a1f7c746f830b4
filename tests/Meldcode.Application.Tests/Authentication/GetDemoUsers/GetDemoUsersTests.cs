using Meldcode.Application.Authentication.GetDemoUsers;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Common.Users;
using NSubstitute;

namespace Meldcode.Application.Tests.Authentication.GetDemoUsers;

public sealed class GetDemoUsersTests : DemoDataTest
{
    [Fact]
    public async Task The_demo_user_list_shows_every_user_with_roles_teams_and_status()
    {
        var users = await Host.SendAsync(new GetDemoUsersQuery());

        Assert.Equal(2, users.Count);
        var sanne = Assert.Single(users, u => u.DisplayName == "Sanne de Vries");
        Assert.True(sanne.IsActive);
        Assert.Equal("Kinderopvang Zonnebloem", sanne.OrganisationName);
        Assert.Equal([new RoleAssignmentDto(Role.Professional, "Locatie Noord"), new RoleAssignmentDto(Role.Trainer, null)], sanne.Roles);
        Assert.False(Assert.Single(users, u => u.DisplayName == "Oud-collega").IsActive);
    }

    [Fact]
    public async Task Without_demo_sign_in_enabled_the_list_is_not_available()
    {
        Host.SignInSettings.DemoSignInEnabled.Returns(false);

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => Host.SendAsync(new GetDemoUsersQuery()));
    }
}
