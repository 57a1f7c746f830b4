using Meldcode.Domain.Users;

namespace Meldcode.Application.Authentication.SignInAsDemoUser;

/// <summary>A developer picks a demo user to sign in as (Development only): starts a session for that user.</summary>
[AllowAnonymousRequest]
public sealed record SignInAsDemoUserCommand(Guid? UserId) : IRequest<SignInOutcome>;

public sealed class SignInAsDemoUserCommandHandler(IApplicationDbContext context, ISignInSettings settings, TimeProvider clock) : IRequestHandler<SignInAsDemoUserCommand, SignInOutcome>
{
    public async Task<SignInOutcome> Handle(SignInAsDemoUserCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Defence in depth: the page is not reachable outside Development, and neither is this use case.
        if (!settings.DemoSignInEnabled)
        {
            throw new ForbiddenAccessException("Demo sign-in is not enabled on this installation.");
        }

        var user = await context.Users
            .Include(u => u.Memberships)
            .SingleOrDefaultAsync(u => u.Id == request.UserId, cancellationToken)
            .ConfigureAwait(false)
            ?? throw new NotFoundException(nameof(User), request.UserId!);
        if (!user.IsActive)
        {
            return SignInOutcome.Refused(SignInRefusal.Deactivated);
        }

        var session = await Sessions.StartAsync(context, user, clock.GetUtcNow(), settings.SessionLifetime, cancellationToken).ConfigureAwait(false);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return SignInOutcome.Allowed(Sessions.IdentityOf(user, session));
    }
}
