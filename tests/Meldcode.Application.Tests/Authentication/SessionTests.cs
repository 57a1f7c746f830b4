using Meldcode.Application.Authentication.EndSession;
using Meldcode.Application.Authentication.SignInAsDemoUser;
using Meldcode.Application.Common.Security;
using Meldcode.Application.Tests.Support;
using Meldcode.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;

namespace Meldcode.Application.Tests.Authentication;

/// <summary>Sessions live on the server: a cookie is honoured only while its session is there and its user active.</summary>
public sealed class SessionTests : ApplicationTest, IAsyncLifetime
{
    private DemoData _data = null!;

    public SessionTests()
    {
        Host.SignInSettings.DemoSignInEnabled.Returns(true);
        Host.SignInSettings.SessionLifetime.Returns(TimeSpan.FromHours(10));
    }

    public async Task InitializeAsync()
    {
        await Database.MigrateAsync();
        _data = await Host.WithContextAsync(DemoData.SaveAsync);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_open_session_gives_the_user_with_their_current_roles()
    {
        var identity = (await Host.SendAsync(new SignInAsDemoUserCommand(_data.Professional.Id))).Identity!;

        var user = await ForSessionAsync(identity.UserId, identity.SessionId);

        Assert.NotNull(user);
        Assert.Equal("Sanne de Vries", user.Name);
        Assert.Equal(new HashSet<Role> { Role.Professional, Role.Trainer }, user.Roles);
    }

    [Fact]
    public async Task After_signing_out_the_session_is_gone_and_so_is_every_copy_of_its_cookie()
    {
        var identity = (await Host.SendAsync(new SignInAsDemoUserCommand(_data.Professional.Id))).Identity!;
        var other = (await Host.SendAsync(new SignInAsDemoUserCommand(_data.Professional.Id))).Identity!;
        Host.SignInAs(identity.UserId, Role.Professional);

        await Host.SendAsync(new EndSessionCommand(identity.SessionId));

        Assert.Null(await ForSessionAsync(identity.UserId, identity.SessionId));
        Assert.NotNull(await ForSessionAsync(other.UserId, other.SessionId));
    }

    [Fact]
    public async Task Someone_cannot_end_another_users_session()
    {
        var identity = (await Host.SendAsync(new SignInAsDemoUserCommand(_data.Professional.Id))).Identity!;
        Host.SignInAs(Guid.NewGuid(), Role.Professional);

        await Host.SendAsync(new EndSessionCommand(identity.SessionId));

        Assert.NotNull(await ForSessionAsync(identity.UserId, identity.SessionId));
    }

    [Fact]
    public async Task A_session_of_a_deactivated_user_is_not_honoured()
    {
        var identity = (await Host.SendAsync(new SignInAsDemoUserCommand(_data.Professional.Id))).Identity!;
        await Host.WithContextAsync(async c =>
        {
            (await c.Users.SingleAsync(u => u.Id == identity.UserId)).Deactivate();
            return await c.SaveChangesAsync();
        });

        Assert.Null(await ForSessionAsync(identity.UserId, identity.SessionId));
    }

    [Fact]
    public async Task A_session_id_is_honoured_only_together_with_its_own_user()
    {
        var identity = (await Host.SendAsync(new SignInAsDemoUserCommand(_data.Professional.Id))).Identity!;

        Assert.Null(await ForSessionAsync(_data.Inactive.Id, identity.SessionId));
        Assert.Null(await ForSessionAsync(identity.UserId, Guid.NewGuid()));
    }

    private async Task<UserContext?> ForSessionAsync(Guid userId, Guid sessionId)
    {
        using var scope = Host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CurrentUserContext>().ForSessionAsync(userId, sessionId, CancellationToken.None);
    }
}
