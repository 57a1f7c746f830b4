namespace Meldcode.Application.Authentication.EndSession;

/// <summary>Signing out: the session is removed on the server, so its cookie is refused from now on, even if someone kept a copy.</summary>
[Authorize]
[AllowWithoutRole]
public sealed record EndSessionCommand(Guid SessionId) : IRequest<Unit>;

public sealed class EndSessionCommandHandler(IApplicationDbContext context, ICurrentUser currentUser) : IRequestHandler<EndSessionCommand, Unit>
{
    public async Task<Unit> Handle(EndSessionCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        // One statement; nothing to load. Removed at the same moment elsewhere (a second sign-out, a
        // deactivation): the session is gone either way.
        var userId = currentUser.UserId;
        await context.UserSessions
            .Where(s => s.Id == request.SessionId && s.UserId == userId)
            .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);

        return Unit.Value;
    }
}
