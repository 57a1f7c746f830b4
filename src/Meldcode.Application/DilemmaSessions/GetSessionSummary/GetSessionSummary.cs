using Meldcode.Domain.Users;

namespace Meldcode.Application.DilemmaSessions.GetSessionSummary;

/// <summary>
/// What a session yielded, per decision point: both votes, the shift, what the meldcode says, and the approved
/// reflections (until they are erased). Figures from fewer than three votes are not shown, here either.
/// </summary>
[Authorize(Role.Trainer)]
public sealed record GetSessionSummaryQuery(Guid SessionId) : IRequest<SessionSummary>;

public sealed class GetSessionSummaryQueryHandler(IApplicationDbContext context, CurrentUserContext users)
    : IRequestHandler<GetSessionSummaryQuery, SessionSummary>
{
    public async Task<SessionSummary> Handle(GetSessionSummaryQuery request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var session = await TrainerSessions.LoadOwnAsync(context, users, request.SessionId, tracked: false, cancellationToken).ConfigureAwait(false);
        return await SessionSummaries.ReadAsync(context, session, cancellationToken).ConfigureAwait(false);
    }
}
