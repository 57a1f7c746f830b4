using Meldcode.Application.DilemmaSessions.GetSessions;
using Meldcode.Application.Tests.DilemmaSessions.Support;
using Meldcode.Domain.DilemmaSessions;

namespace Meldcode.Application.Tests.DilemmaSessions.GetSessions;

/// <summary>The trainer's own sessions, newest first; one past its 24 hours reads as ended.</summary>
public sealed class GetSessionsTests : DilemmaSessionTest
{
    [Fact]
    public async Task The_list_shows_the_trainers_own_sessions_newest_first_with_their_state_and_participants()
    {
        var prepared = await Sessions.PrepareAsync(null, SessionDriver.FirstKey);
        var running = await Sessions.RunAsync(participants: 2);
        var ended = await Sessions.RunAsync(participants: 1);
        await Sessions.EndAsync(ended.Id);
        await Sessions.PrepareAsync(await AddTrainerAsync());

        var list = await Sessions.AsTrainerAsync(new GetSessionsQuery());

        Assert.Equal(
            [(ended.Id, SessionState.Ended, 2, 1), (running.Id, SessionState.Live, 2, 2), (prepared, SessionState.Prepared, 1, 0)],
            list.Select(s => (s.Id, s.State, s.Dilemmas, s.Participants)));
        Assert.Null(list[2].StartedAt);
    }

    [Fact]
    public async Task A_live_session_past_its_24_hours_reads_as_ended()
    {
        var session = await Sessions.RunAsync();

        Clock.Advance(TimeSpan.FromHours(24));

        Assert.Equal(SessionState.Ended, (await Sessions.AsTrainerAsync(new GetSessionsQuery())).Single().State);
        Assert.Equal(SessionState.Live, (await SessionAsync(session.Id)).State);
    }
}
