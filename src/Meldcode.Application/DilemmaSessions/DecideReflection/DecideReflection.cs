using Meldcode.Domain.DilemmaSessions;
using Meldcode.Domain.Users;

namespace Meldcode.Application.DilemmaSessions.DecideReflection;

/// <summary>The trainer approves a reflection (the projector then shows it) or rejects it (nobody ever sees it).</summary>
[Authorize(Role.Trainer)]
public sealed record DecideReflectionCommand(Guid SessionId, Guid ReflectionId, bool Approve) : IRequest;

public sealed class DecideReflectionCommandHandler(IApplicationDbContext context, CurrentUserContext users, ISessionSignals signals)
    : IRequestHandler<DecideReflectionCommand>
{
    public async Task<Unit> Handle(DecideReflectionCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var session = await TrainerSessions.LoadOwnAsync(context, users, request.SessionId, tracked: false, cancellationToken).ConfigureAwait(false);
        var reflection = await context.Reflections
            .SingleOrDefaultAsync(r => r.Id == request.ReflectionId && r.SessionId == session.Id, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException(nameof(Reflection), request.ReflectionId);
        if (request.Approve)
        {
            reflection.Approve();
        }
        else
        {
            reflection.Reject();
        }

        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        signals.StageChanged(session.Id);
        return Unit.Value;
    }
}
