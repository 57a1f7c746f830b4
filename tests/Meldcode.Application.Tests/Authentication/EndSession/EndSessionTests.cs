using Meldcode.Application.Authentication.EndSession;
using Meldcode.Application.Authentication.SignInAsDemoUser;

namespace Meldcode.Application.Tests.Authentication.EndSession;

/// <summary>Signing out removes the session on the server, and only one's own.</summary>
public sealed class EndSessionTests : DemoDataTest
{
    [Fact]
    public async Task After_signing_out_the_session_is_gone_and_so_is_every_copy_of_its_cookie()
    {
        var identity = (await Host.SendAsync(new SignInAsDemoUserCommand(Data.Professional.Id))).Identity!;
        var other = (await Host.SendAsync(new SignInAsDemoUserCommand(Data.Professional.Id))).Identity!;
        Host.SignInAs(identity.UserId, Role.Professional);

        await Host.SendAsync(new EndSessionCommand(identity.SessionId));

        Assert.Null(await Host.ForSessionAsync(identity.UserId, identity.SessionId));
        Assert.NotNull(await Host.ForSessionAsync(other.UserId, other.SessionId));
    }

    [Fact]
    public async Task Someone_cannot_end_another_users_session()
    {
        var identity = (await Host.SendAsync(new SignInAsDemoUserCommand(Data.Professional.Id))).Identity!;
        Host.SignInAs(Guid.NewGuid(), Role.Professional);

        await Host.SendAsync(new EndSessionCommand(identity.SessionId));

        Assert.NotNull(await Host.ForSessionAsync(identity.UserId, identity.SessionId));
    }

    [Fact]
    public async Task Ending_a_session_that_is_already_gone_is_no_error()
    {
        var identity = (await Host.SendAsync(new SignInAsDemoUserCommand(Data.Professional.Id))).Identity!;
        Host.SignInAs(identity.UserId, Role.Professional);
        await Host.SendAsync(new EndSessionCommand(identity.SessionId));

        await Host.SendAsync(new EndSessionCommand(identity.SessionId));

        Assert.Null(await Host.ForSessionAsync(identity.UserId, identity.SessionId));
    }
}
