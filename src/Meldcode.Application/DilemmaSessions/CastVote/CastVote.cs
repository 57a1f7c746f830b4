using Meldcode.Domain.DilemmaSessions;

namespace Meldcode.Application.DilemmaSessions.CastVote;

/// <summary>
/// A participant votes, or changes their vote, in the round their page showed. The vote counts only if that round is
/// still open when it is written: the check and the write are one step, and closing a round (the trainer's
/// <c>AdvanceSession</c>) waits for it or goes first. One vote per participant per round: voting again replaces it.
/// </summary>
[AllowAnonymousRequest]
public sealed record CastVoteCommand(Guid SessionId, string? Token, string? Round, string? Answer) : IRequest;

public sealed class CastVoteCommandHandler(IApplicationDbContext context, TimeProvider clock, ISessionSignals signals)
    : IRequestHandler<CastVoteCommand>
{
    /// <summary>One message, whichever check refuses the vote: the session's (the round was closed before) or this transaction's (it closed meanwhile).</summary>
    public const string ClosedMessage = DilemmaSession.RoundClosedMessage;

    /// <summary>
    /// One vote transaction at a time in this process. SQLite has one writer; without the gate, hundreds of votes a
    /// second (a session of 2,000) wait for its lock in SQLite's busy handler, which sleeps a thread in growing steps
    /// (up to 100 ms) and leaves the lock idle in between: votes then took seconds and the thread pool starved. Waiting
    /// here is asynchronous and in order. Other writers (and other processes) still meet the busy timeout as before.
    /// </summary>
    private static readonly SemaphoreSlim WriteGate = new(1, 1);

    public async Task<Unit> Handle(CastVoteCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (session, participant) = await SessionParticipants.FindAsync(context, request.SessionId, request.Token, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var vote = SessionVote.Cast(session, participant, VoteRound.Parse(request.Round!), request.Answer, now);

        await WriteGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await WriteAsync(session, vote, now, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            WriteGate.Release();
        }

        signals.CountsChanged(session.Id);
        return Unit.Value;
    }

    private async Task WriteAsync(DilemmaSession session, SessionVote vote, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        // Holds the session's row until the vote is written, and finds it only while the round is still open: a round
        // closed in between (by another request, on any instance) refuses the vote.
        var open = await context.DilemmaSessions
            .Where(s => s.Id == session.Id && s.OpenRound == vote.Round && s.State == SessionState.Live && s.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.OpenRound, x => x.OpenRound), cancellationToken).ConfigureAwait(false);
        if (open == 0)
        {
            throw new DomainException(ClosedMessage);
        }

        var changed = await context.SessionVotes
            .Where(v => v.SessionId == vote.SessionId && v.Round == vote.Round && v.ParticipantId == vote.ParticipantId)
            .ExecuteUpdateAsync(v => v.SetProperty(x => x.Answer, vote.Answer), cancellationToken).ConfigureAwait(false);
        if (changed == 0)
        {
            context.SessionVotes.Add(vote);
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
