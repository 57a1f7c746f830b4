using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.DilemmaSessions.EndSession;
using Meldcode.Application.Tests.DilemmaSessions.Support;
using Meldcode.Domain.DilemmaSessions;
using NSubstitute;

namespace Meldcode.Application.Tests.DilemmaSessions.EndSession;

/// <summary>Ending a session: the code stops, an open vote closes, the tokens are forgotten and the votes stay.</summary>
public sealed class EndSessionTests : DilemmaSessionTest
{
    [Fact]
    public async Task Ending_closes_the_code_and_the_open_vote_forgets_the_tokens_and_keeps_the_votes()
    {
        var session = await Sessions.RunAsync(participants: 3);
        await Sessions.VoteAsync(session, FirstVote, "A", "B", "B");
        Host.SessionSignals.ClearReceivedCalls();

        await Sessions.EndAsync(session.Id);

        var stored = await SessionAsync(session.Id);
        Assert.Equal(SessionState.Ended, stored.State);
        Assert.Null(stored.JoinCode);
        Assert.Null(stored.OpenRound);
        Assert.NotNull(stored.EndedAt);
        Assert.All(await ParticipantsAsync(session.Id), p => Assert.Null(p.TokenHash));
        Assert.Equal(3, (await VotesAsync(session.Id)).Count);
        Host.SessionSignals.Received(1).StageChanged(session.Id);
        await Assert.ThrowsAsync<NotFoundException>(() => Sessions.ParticipantScreenAsync(session[0]));
    }

    [Fact]
    public async Task A_session_that_has_not_started_cannot_be_ended()
    {
        var id = await Sessions.PrepareAsync();

        var refused = await Assert.ThrowsAsync<DomainException>(() => Sessions.AsTrainerAsync(new EndSessionCommand(id)));

        Assert.Equal("Deze sessie is nog niet begonnen.", refused.Message);
        Assert.Equal(SessionState.Prepared, (await SessionAsync(id)).State);
    }

    [Fact]
    public async Task Ending_twice_keeps_the_first_end()
    {
        var session = await Sessions.RunAsync();
        await Sessions.EndAsync(session.Id);
        var endedAt = (await SessionAsync(session.Id)).EndedAt;

        await Sessions.EndAsync(session.Id);

        Assert.Equal(endedAt, (await SessionAsync(session.Id)).EndedAt);
    }
}
