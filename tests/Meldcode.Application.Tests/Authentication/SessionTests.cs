using Meldcode.Application.Authentication.SignInAsDemoUser;

namespace Meldcode.Application.Tests.Authentication;

/// <summary>Sessions live on the server: a cookie is honoured only while its session is there and its user active.</summary>
public sealed class SessionTests : DemoDataTest
{
    [Fact]
    public async Task An_open_session_gives_the_user_with_their_current_roles()
    {
        var identity = (await Host.SendAsync(new SignInAsDemoUserCommand(Data.Professional.Id))).Identity!;

        var user = await Host.ForSessionAsync(identity.UserId, identity.SessionId);

        Assert.NotNull(user);
        Assert.Equal("Sanne de Vries", user.Name);
        Assert.Equal(new HashSet<Role> { Role.Professional, Role.Trainer }, user.Roles);
    }

    [Fact]
    public async Task A_session_of_a_deactivated_user_is_not_honoured()
    {
        var identity = (await Host.SendAsync(new SignInAsDemoUserCommand(Data.Professional.Id))).Identity!;
        await DeactivateAsync(identity.UserId);

        Assert.Null(await Host.ForSessionAsync(identity.UserId, identity.SessionId));
    }

    [Fact]
    public async Task A_session_id_is_honoured_only_together_with_its_own_user()
    {
        var identity = (await Host.SendAsync(new SignInAsDemoUserCommand(Data.Professional.Id))).Identity!;

        Assert.Null(await Host.ForSessionAsync(Data.Inactive.Id, identity.SessionId));
        Assert.Null(await Host.ForSessionAsync(identity.UserId, Guid.NewGuid()));
    }
}
