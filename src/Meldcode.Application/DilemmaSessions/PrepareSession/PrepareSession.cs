using Meldcode.Application.Dilemmas;
using Meldcode.Domain.DilemmaSessions;
using Meldcode.Domain.Users;

namespace Meldcode.Application.DilemmaSessions.PrepareSession;

/// <summary>
/// A trainer builds a session from dilemmas of the library, in the order given. The session keeps the version of
/// each dilemma that is current now; later edits to the library do not change it.
/// </summary>
[Authorize(Role.Trainer)]
public sealed record PrepareSessionCommand(string? Title, IReadOnlyList<Guid>? DilemmaIds) : IRequest<Guid>;

public sealed class PrepareSessionCommandHandler(IApplicationDbContext context, CurrentUserContext users, TimeProvider clock)
    : IRequestHandler<PrepareSessionCommand, Guid>
{
    public async Task<Guid> Handle(PrepareSessionCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var user = await users.GetAsync(cancellationToken).ConfigureAwait(false);
        var dilemmas = new List<SessionDilemma>();
        foreach (var id in request.DilemmaIds!)
        {
            var found = await DilemmaCatalog.FindLatestAsync(context, user.OrganisationId, id, cancellationToken).ConfigureAwait(false)
                ?? throw new NotFoundException("Dilemma", id);
            dilemmas.Add(new SessionDilemma(found.DilemmaId, found.VersionNumber, found.Content));
        }

        var session = DilemmaSession.Prepare(Guid.NewGuid(), user.OrganisationId, user.UserId, request.Title!, dilemmas, clock.GetUtcNow());
        context.DilemmaSessions.Add(session);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return session.Id;
    }
}
