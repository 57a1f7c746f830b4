using MediatR;
using Meldcode.Application.Common.Interfaces;
using Meldcode.Application.Common.Security;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Application.Authentication.Commands.EndSession;

/// <summary>Signing out: the session is removed on the server, so its cookie is refused from now on, even if someone kept a copy.</summary>
[Authorize]
[AllowWithoutRole]
public sealed record EndSessionCommand(Guid SessionId) : IRequest<Unit>;

public sealed class EndSessionCommandHandler(IApplicationDbContext context, ICurrentUser currentUser) : IRequestHandler<EndSessionCommand, Unit>
{
    public async Task<Unit> Handle(EndSessionCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var userId = currentUser.UserId;
        var session = await context.UserSessions
            .SingleOrDefaultAsync(s => s.Id == request.SessionId && s.UserId == userId, cancellationToken)
            .ConfigureAwait(false);
        if (session is not null)
        {
            context.UserSessions.Remove(session);
            try
            {
                await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Removed at the same moment (a second sign-out, or a deactivation): the session is gone either way.
            }
        }

        return Unit.Value;
    }
}
