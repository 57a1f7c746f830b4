using FluentValidation;
using Meldcode.Application.Authentication.SignInAsDemoUser;
using Meldcode.Application.Common.Exceptions;
using Microsoft.EntityFrameworkCore;
using NSubstitute;

namespace Meldcode.Application.Tests.Authentication.SignInAsDemoUser;

/// <summary>Development only: a developer picks a demo user and gets a session for them.</summary>
public sealed class SignInAsDemoUserTests : DemoDataTest
{
    [Fact]
    public async Task Signing_in_as_a_demo_user_yields_their_identity_and_roles()
    {
        var outcome = await Host.SendAsync(new SignInAsDemoUserCommand(Data.Professional.Id));

        Assert.Null(outcome.RefusalReason);
        Assert.Equal(Data.Professional.Id, outcome.Identity!.UserId);
        Assert.Equal("Sanne de Vries", outcome.Identity.DisplayName);
        Assert.Equal(new HashSet<Role> { Role.Professional, Role.Trainer }, outcome.Identity.Roles);
        Assert.Equal(Data.Professional.Id, await Host.WithContextAsync(c => c.UserSessions.Where(s => s.Id == outcome.Identity.SessionId).Select(s => s.UserId).SingleAsync()));
    }

    [Fact]
    public async Task A_deactivated_user_is_refused_with_a_Dutch_reason_and_gets_no_session()
    {
        var outcome = await Host.SendAsync(new SignInAsDemoUserCommand(Data.Inactive.Id));

        Assert.Null(outcome.Identity);
        Assert.Equal("Dit account is gedeactiveerd. Vraag de functioneel beheerder om toegang.", outcome.RefusalReason);
        Assert.Equal(0, await Host.WithContextAsync(c => c.UserSessions.CountAsync()));
    }

    [Fact]
    public async Task An_unknown_user_is_not_found()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => Host.SendAsync(new SignInAsDemoUserCommand(Guid.NewGuid())));
    }

    [Fact]
    public async Task Without_demo_sign_in_enabled_nobody_signs_in_this_way()
    {
        Host.SignInSettings.DemoSignInEnabled.Returns(false);

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => Host.SendAsync(new SignInAsDemoUserCommand(Data.Professional.Id)));
        Assert.Equal(0, await Host.WithContextAsync(c => c.UserSessions.CountAsync()));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_sign_in_without_a_chosen_user_is_refused_in_Dutch(bool emptyIdentifier)
    {
        var refused = await Assert.ThrowsAsync<ValidationException>(() => Host.SendAsync(new SignInAsDemoUserCommand(emptyIdentifier ? Guid.Empty : null)));

        Assert.Equal("Kies een demogebruiker om mee in te loggen.", Assert.Single(refused.Errors).ErrorMessage);
    }
}
