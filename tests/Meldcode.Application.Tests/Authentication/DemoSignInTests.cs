using Meldcode.Application.Authentication.GetDemoUsers;
using Meldcode.Application.Authentication.SignInAsDemoUser;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Tests.Support;
using Meldcode.Domain.Users;
using NSubstitute;

namespace Meldcode.Application.Tests.Authentication;

public sealed class DemoSignInTests : ApplicationTest
{
    [Fact]
    public async Task Signing_in_as_a_demo_user_yields_their_identity_and_roles()
    {
        var data = await PrepareAsync(demoEnabled: true);

        var outcome = await Host.SendAsync(new SignInAsDemoUserCommand(data.Professional.Id));

        Assert.Null(outcome.RefusalReason);
        Assert.Equal(data.Professional.Id, outcome.Identity!.UserId);
        Assert.Equal("Sanne de Vries", outcome.Identity.DisplayName);
        Assert.Equal(new HashSet<Role> { Role.Professional, Role.Trainer }, outcome.Identity.Roles);
    }

    [Fact]
    public async Task A_deactivated_user_is_refused_with_a_Dutch_reason()
    {
        var data = await PrepareAsync(demoEnabled: true);

        var outcome = await Host.SendAsync(new SignInAsDemoUserCommand(data.Inactive.Id));

        Assert.Null(outcome.Identity);
        Assert.Equal("Dit account is gedeactiveerd. Vraag de functioneel beheerder om toegang.", outcome.RefusalReason);
    }

    [Fact]
    public async Task An_unknown_user_is_not_found()
    {
        await PrepareAsync(demoEnabled: true);

        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new SignInAsDemoUserCommand(Guid.NewGuid())));
    }

    [Fact]
    public async Task Without_demo_sign_in_enabled_neither_the_list_nor_the_sign_in_is_available()
    {
        var data = await PrepareAsync(demoEnabled: false);

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => Host.SendAsync(new SignInAsDemoUserCommand(data.Professional.Id)));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => Host.SendAsync(new GetDemoUsersQuery()));
    }

    [Fact]
    public async Task The_demo_user_list_shows_every_user_with_roles_teams_and_status()
    {
        await PrepareAsync(demoEnabled: true);

        var users = await Host.SendAsync(new GetDemoUsersQuery());

        Assert.Equal(2, users.Count);
        var sanne = Assert.Single(users, u => u.DisplayName == "Sanne de Vries");
        Assert.True(sanne.IsActive);
        Assert.Equal("Kinderopvang Zonnebloem", sanne.OrganisationName);
        Assert.Equal(
            [new Common.Users.RoleAssignmentDto(Role.Professional, "Locatie Noord"), new Common.Users.RoleAssignmentDto(Role.Trainer, null)],
            sanne.Roles);
        Assert.False(Assert.Single(users, u => u.DisplayName == "Oud-collega").IsActive);
    }

    private async Task<DemoData> PrepareAsync(bool demoEnabled)
    {
        Host.SignInSettings.DemoSignInEnabled.Returns(demoEnabled);
        await Database.MigrateAsync();
        return await Host.WithContextAsync(DemoData.SaveAsync);
    }
}
