using Meldcode.Application.DilemmaSessions.StartSession;
using Meldcode.Application.Tests.DilemmaSessions.Support;
using Meldcode.Domain.DilemmaSessions;
using Microsoft.EntityFrameworkCore;
using NSubstitute;

namespace Meldcode.Application.Tests.DilemmaSessions.StartSession;

/// <summary>Starting a session gives it a six-digit code for 24 hours and opens vote 1 of the first decision point.</summary>
public sealed class StartSessionTests : DilemmaSessionTest
{
    [Fact]
    public async Task A_started_session_has_a_six_digit_code_for_24_hours_and_vote_1_of_the_first_point_open()
    {
        var id = await Sessions.PrepareAsync();
        var startedAt = Clock.GetUtcNow();

        var code = await Sessions.StartAsync(id);

        Assert.Matches("^[0-9]{6}$", code);
        var session = await SessionAsync(id);
        Assert.Equal(SessionState.Live, session.State);
        Assert.Equal(code, session.JoinCode);
        Assert.InRange(session.StartedAt!.Value, startedAt, startedAt.AddSeconds(1));
        Assert.Equal(session.StartedAt + TimeSpan.FromHours(24), session.ExpiresAt);
        Assert.Equal((0, 0, SessionStage.FirstVote, FirstVote), (session.CurrentDilemma, session.CurrentPoint, session.Stage, session.OpenRound));
        Host.SessionSignals.Received(1).StageChanged(id);
    }

    [Fact]
    public async Task Every_running_session_has_a_code_of_its_own()
    {
        var codes = new List<string>();
        for (var i = 0; i < 25; i++)
        {
            codes.Add(await Sessions.StartAsync(await Sessions.PrepareAsync()));
        }

        Assert.All(codes, c => Assert.Matches("^[0-9]{6}$", c));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Fact]
    public async Task The_database_refuses_a_second_running_session_with_the_same_code_and_an_ended_session_gives_its_code_back()
    {
        var first = await Sessions.RunAsync();
        var second = await Sessions.PrepareAsync();

        await Host.WithContextAsync(async c =>
        {
            (await c.DilemmaSessions.SingleAsync(s => s.Id == second)).Start(first.Code, Clock.Now);
            return await Assert.ThrowsAsync<DbUpdateException>(() => c.SaveChangesAsync());
        });

        await Sessions.EndAsync(first.Id);
        Assert.Null((await SessionAsync(first.Id)).JoinCode);
        await Host.WithContextAsync(async c =>
        {
            (await c.DilemmaSessions.SingleAsync(s => s.Id == second)).Start(first.Code, Clock.Now);
            return await c.SaveChangesAsync();
        });
        Assert.Equal(first.Code, (await SessionAsync(second)).JoinCode);
    }

    [Fact]
    public async Task A_session_that_already_started_is_not_started_again()
    {
        var session = await Sessions.RunAsync();
        Host.SessionSignals.ClearReceivedCalls();

        var refused = await Assert.ThrowsAsync<DomainException>(() => Sessions.AsTrainerAsync(new StartSessionCommand(session.Id)));

        Assert.Equal("Deze sessie is al begonnen.", refused.Message);
        Assert.Equal(session.Code, (await SessionAsync(session.Id)).JoinCode);
        Host.SessionSignals.DidNotReceiveWithAnyArgs().StageChanged(default);
    }
}
