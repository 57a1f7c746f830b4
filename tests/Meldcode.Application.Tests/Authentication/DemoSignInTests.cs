using Meldcode.Application.Authentication.Queries.GetDemoUsers;
using Meldcode.Application.Authentication.Queries.GetSignInIdentity;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Tests.Support;
using Meldcode.Domain.Users;
using NSubstitute;

namespace Meldcode.Application.Tests.Authentication;

public sealed class DemoSignInTests : IDisposable
{
    private readonly TestDatabase _database = new();
    private readonly ApplicationHost _host;

    public DemoSignInTests()
    {
        _host = new ApplicationHost(_database);
    }

    [Fact]
    public async Task Signing_in_as_a_demo_user_yields_their_identity_and_roles()
    {
        var data = await PrepareAsync(demoEnabled: true);

        var outcome = await _host.SendAsync(new GetDemoSignInQuery(data.Professional.Id));

        Assert.Null(outcome.RefusalReason);
        Assert.Equal(data.Professional.Id, outcome.Identity!.UserId);
        Assert.Equal("Sanne de Vries", outcome.Identity.DisplayName);
        Assert.Equal(new HashSet<Role> { Role.Professional, Role.Trainer }, outcome.Identity.Roles);
    }

    [Fact]
    public async Task A_deactivated_user_is_refused_with_a_Dutch_reason()
    {
        var data = await PrepareAsync(demoEnabled: true);

        var outcome = await _host.SendAsync(new GetDemoSignInQuery(data.Inactive.Id));

        Assert.Null(outcome.Identity);
        Assert.Equal("Dit account is gedeactiveerd. Vraag de functioneel beheerder om toegang.", outcome.RefusalReason);
    }

    [Fact]
    public async Task An_unknown_user_is_not_found()
    {
        await PrepareAsync(demoEnabled: true);

        await Assert.ThrowsAsync<NotFoundException>(() => _host.SendAsync(new GetDemoSignInQuery(Guid.NewGuid())));
    }

    [Fact]
    public async Task Without_demo_sign_in_enabled_neither_the_list_nor_the_sign_in_is_available()
    {
        var data = await PrepareAsync(demoEnabled: false);

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => _host.SendAsync(new GetDemoSignInQuery(data.Professional.Id)));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => _host.SendAsync(new GetDemoUsersQuery()));
    }

    [Fact]
    public async Task The_demo_user_list_shows_every_user_with_roles_teams_and_status()
    {
        await PrepareAsync(demoEnabled: true);

        var users = await _host.SendAsync(new GetDemoUsersQuery());

        Assert.Equal(2, users.Count);
        var sanne = Assert.Single(users, u => u.DisplayName == "Sanne de Vries");
        Assert.True(sanne.IsActive);
        Assert.Equal("Kinderopvang Zonnebloem", sanne.OrganisationName);
        Assert.Equal(
            [new Users.RoleAssignmentDto(Role.Professional, "Locatie Noord"), new Users.RoleAssignmentDto(Role.Trainer, null)],
            sanne.Roles);
        Assert.False(Assert.Single(users, u => u.DisplayName == "Oud-collega").IsActive);
    }

    public void Dispose()
    {
        _host.Dispose();
        _database.Dispose();
    }

    private async Task<DemoData> PrepareAsync(bool demoEnabled)
    {
        _host.SignInSettings.DemoSignInEnabled.Returns(demoEnabled);
        await _database.MigrateAsync();
        return await _host.WithContextAsync(DemoData.SaveAsync);
    }
}
