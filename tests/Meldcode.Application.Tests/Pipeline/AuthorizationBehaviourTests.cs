using MediatR;
using Meldcode.Application.Common.Behaviours;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Common.Interfaces;
using Meldcode.Application.Common.Security;
using NSubstitute;

namespace Meldcode.Application.Tests.Pipeline;

public sealed class AuthorizationBehaviourTests
{
    private readonly ICurrentUser _user = Substitute.For<ICurrentUser>();

    [Authorize(Role.FunctionalAdministrator, Role.PrivacyOfficer)]
    public sealed record AdministrativeRequest(Guid Id) : IRequest<string>;

    [Authorize]
    public sealed record AnySignedInRequest : IRequest<string>;

    [Authorize]
    [AllowWithoutRole]
    public sealed record WaitingRoomRequest : IRequest<string>;

    [AllowAnonymousRequest]
    public sealed record PublicRequest : IRequest<string>;

    public sealed record UndeclaredRequest : IRequest<string>;

    [Fact]
    public async Task A_request_that_declares_no_rule_is_refused_even_for_a_signed_in_user()
    {
        SignedInWith(Role.FunctionalAdministrator);

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => Run(new UndeclaredRequest()));
    }

    [Fact]
    public async Task An_anonymous_user_is_refused_a_request_for_signed_in_users()
    {
        _user.UserId.Returns((Guid?)null);
        _user.Roles.Returns(new HashSet<Role>());

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => Run(new AnySignedInRequest()));
    }

    [Fact]
    public async Task An_anonymous_user_may_send_a_public_request()
    {
        _user.UserId.Returns((Guid?)null);

        Assert.Equal("handled", await Run(new PublicRequest()));
    }

    [Fact]
    public async Task Any_signed_in_user_who_holds_a_role_may_send_a_request_that_names_no_roles()
    {
        SignedInWith(Role.Trainer);

        Assert.Equal("handled", await Run(new AnySignedInRequest()));
    }

    [Fact]
    public async Task A_signed_in_user_without_any_role_is_refused_unless_the_request_allows_waiting_for_access()
    {
        SignedInWith();

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => Run(new AnySignedInRequest()));
        Assert.Equal("handled", await Run(new WaitingRoomRequest()));
    }

    [Fact]
    public async Task An_anonymous_user_is_refused_even_a_request_open_to_users_without_roles()
    {
        _user.UserId.Returns((Guid?)null);
        _user.Roles.Returns(new HashSet<Role>());

        await Assert.ThrowsAsync<ForbiddenAccessException>(() => Run(new WaitingRoomRequest()));
    }

    [Theory]
    [InlineData(Role.FunctionalAdministrator, true)]
    [InlineData(Role.PrivacyOfficer, true)]
    [InlineData(Role.Professional, false)]
    [InlineData(Role.SafeguardingLead, false)]
    [InlineData(Role.Trainer, false)]
    [InlineData(Role.Board, false)]
    public async Task A_request_with_roles_is_allowed_only_to_holders_of_one_of_them(Role role, bool allowed)
    {
        SignedInWith(role);

        var run = () => Run(new AdministrativeRequest(Guid.NewGuid()));

        if (allowed)
        {
            Assert.Equal("handled", await run());
        }
        else
        {
            await Assert.ThrowsAsync<ForbiddenAccessException>(run);
        }
    }

    [Fact]
    public async Task An_object_level_authorizer_can_refuse_a_user_who_holds_the_role()
    {
        var userId = SignedInWith(Role.FunctionalAdministrator);
        var allowedId = Guid.NewGuid();
        var authorizer = Substitute.For<IResourceAuthorizer<AdministrativeRequest>>();
        authorizer.IsAllowedAsync(Arg.Any<AdministrativeRequest>(), userId, Arg.Any<CancellationToken>())
            .Returns(call => call.Arg<AdministrativeRequest>().Id == allowedId);

        Assert.Equal("handled", await Run(new AdministrativeRequest(allowedId), authorizer));
        await Assert.ThrowsAsync<ForbiddenAccessException>(() => Run(new AdministrativeRequest(Guid.NewGuid()), authorizer));
    }

    private Guid SignedInWith(params Role[] roles)
    {
        var id = Guid.NewGuid();
        _user.UserId.Returns(id);
        _user.Roles.Returns(roles.ToHashSet());
        return id;
    }

    private Task<string> Run<TRequest>(TRequest request, params IResourceAuthorizer<TRequest>[] authorizers)
    {
        var behaviour = new AuthorizationBehaviour<TRequest, string>(_user, authorizers, new AuthorizationVerdicts());
        return behaviour.Handle(request, CancellationToken.None, () => Task.FromResult("handled"));
    }
}
