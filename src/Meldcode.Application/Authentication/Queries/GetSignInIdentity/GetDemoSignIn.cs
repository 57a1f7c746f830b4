using MediatR;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Common.Interfaces;
using Meldcode.Application.Common.Security;
using Meldcode.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Application.Authentication.Queries.GetSignInIdentity;

/// <summary>Who would be signed in when a developer picks this demo user (Development only).</summary>
[AllowAnonymousRequest]
public sealed record GetDemoSignInQuery(Guid? UserId) : IRequest<SignInOutcome>;

/// <summary>The identity to put in the session: the user's identifier, name and roles.</summary>
public sealed record SignInIdentity(Guid UserId, string DisplayName, IReadOnlySet<Role> Roles);

/// <summary>Either an identity to sign in, or the reason (in Dutch) why sign-in is refused.</summary>
public sealed record SignInOutcome(SignInIdentity? Identity, string? RefusalReason)
{
    public static SignInOutcome Allowed(SignInIdentity identity) => new(identity, null);

    public static SignInOutcome Refused(string reason) => new(null, reason);
}

public sealed class GetDemoSignInQueryHandler : IRequestHandler<GetDemoSignInQuery, SignInOutcome>
{
    private readonly IApplicationDbContext _context;
    private readonly ISignInSettings _settings;

    public GetDemoSignInQueryHandler(IApplicationDbContext context, ISignInSettings settings)
    {
        _context = context;
        _settings = settings;
    }

    public async Task<SignInOutcome> Handle(GetDemoSignInQuery request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Defence in depth: the page is not reachable outside Development, and neither is this use case.
        if (!_settings.DemoSignInEnabled)
        {
            throw new ForbiddenAccessException("Demo sign-in is not enabled on this installation.");
        }

        var user = await _context.Users
            .AsNoTracking()
            .Include(u => u.Memberships)
            .SingleOrDefaultAsync(u => u.Id == request.UserId, cancellationToken)
            .ConfigureAwait(false)
            ?? throw new NotFoundException(nameof(User), request.UserId!);

        return user.IsActive
            ? SignInOutcome.Allowed(new SignInIdentity(user.Id, user.DisplayName, user.Roles))
            : SignInOutcome.Refused("Dit account is gedeactiveerd. Vraag de functioneel beheerder om toegang.");
    }
}
