using FluentValidation;
using Meldcode.Application.DilemmaSessions.AdvanceSession;
using Meldcode.Application.Tests.DilemmaSessions.Support;
using Meldcode.Domain.DilemmaSessions;
using NSubstitute;

namespace Meldcode.Application.Tests.DilemmaSessions.AdvanceSession;

/// <summary>The trainer's "next": one stage at a time, from the stage the trainer's screen showed.</summary>
public sealed class AdvanceSessionTests : DilemmaSessionTest
{
    [Fact]
    public async Task Next_walks_every_stage_of_a_point_and_then_goes_to_the_next_point_and_dilemma()
    {
        var session = await Sessions.RunAsync();
        Host.SessionSignals.ClearReceivedCalls();
        var seen = new List<(int, int, SessionStage, string?)>();

        for (var i = 0; i < 13; i++)
        {
            Assert.True(await Sessions.AdvanceAsync(session.Id));
            var stored = await SessionAsync(session.Id);
            seen.Add((stored.CurrentDilemma, stored.CurrentPoint, stored.Stage, stored.OpenRound));
        }

        Assert.Equal(
        [
            (0, 0, SessionStage.FirstResult, null), (0, 0, SessionStage.Discussion, null), (0, 0, SessionStage.SecondVote, "0:0:2"),
            (0, 0, SessionStage.Shift, null), (0, 0, SessionStage.MeldcodeView, null), (0, 1, SessionStage.FirstVote, "0:1:1"),
            (0, 1, SessionStage.FirstResult, null), (0, 1, SessionStage.Discussion, null), (0, 1, SessionStage.SecondVote, "0:1:2"),
            (0, 1, SessionStage.Shift, null), (0, 1, SessionStage.MeldcodeView, null), (1, 0, SessionStage.FirstVote, "1:0:1"),
            (1, 0, SessionStage.FirstResult, null),
        ],
            seen);
        Host.SessionSignals.Received(13).StageChanged(session.Id);
    }

    [Fact]
    public async Task The_discussion_timer_runs_the_minutes_chosen_or_five()
    {
        var session = await Sessions.RunAsync();
        await Sessions.AdvanceAsync(session.Id);

        var before = Clock.GetUtcNow();
        await Sessions.AdvanceAsync(session.Id, discussionMinutes: 12);

        Assert.InRange((await SessionAsync(session.Id)).TimerEndsAt!.Value, before.AddMinutes(12), before.AddMinutes(12).AddSeconds(1));

        var other = await Sessions.RunAsync();
        await Sessions.AdvanceAsync(other.Id);
        before = Clock.GetUtcNow();
        await Sessions.AdvanceAsync(other.Id);
        Assert.InRange((await SessionAsync(other.Id)).TimerEndsAt!.Value, before.AddMinutes(5), before.AddMinutes(5).AddSeconds(1));
    }

    [Fact]
    public async Task A_next_from_a_stage_the_session_has_left_changes_nothing_and_signals_nothing()
    {
        var session = await Sessions.RunAsync();
        Assert.True(await Sessions.AsTrainerAsync(new AdvanceSessionCommand(session.Id, 0, 0, SessionStage.FirstVote, null)));
        Host.SessionSignals.ClearReceivedCalls();

        // A double tap, or a second device that still showed vote 1.
        var moved = await Sessions.AsTrainerAsync(new AdvanceSessionCommand(session.Id, 0, 0, SessionStage.FirstVote, null));
        var otherPoint = await Sessions.AsTrainerAsync(new AdvanceSessionCommand(session.Id, 0, 1, SessionStage.FirstResult, null));

        Assert.False(moved);
        Assert.False(otherPoint);
        var stored = await SessionAsync(session.Id);
        Assert.Equal((0, 0, SessionStage.FirstResult, null), (stored.CurrentPoint, stored.CurrentDilemma, stored.Stage, stored.TimerEndsAt));
        Host.SessionSignals.DidNotReceiveWithAnyArgs().StageChanged(default);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    public async Task Discussion_minutes_outside_1_to_30_are_refused_in_Dutch(int minutes)
    {
        var session = await Sessions.RunAsync();
        await Sessions.AdvanceAsync(session.Id);

        var refused = await Assert.ThrowsAsync<ValidationException>(() =>
            Sessions.AsTrainerAsync(new AdvanceSessionCommand(session.Id, 0, 0, SessionStage.FirstResult, minutes)));

        Assert.Equal(["Kies voor het gesprek 1 tot 30 minuten."], refused.Errors.Select(e => e.ErrorMessage));
        Assert.Equal(SessionStage.FirstResult, (await SessionAsync(session.Id)).Stage);
    }

    [Fact]
    public async Task A_stage_point_or_dilemma_that_cannot_exist_is_refused_in_Dutch()
    {
        var session = await Sessions.RunAsync();

        var refused = await Assert.ThrowsAsync<ValidationException>(() =>
            Sessions.AsTrainerAsync(new AdvanceSessionCommand(session.Id, 10, -1, (SessionStage)9, null)));
        var missing = await Assert.ThrowsAsync<ValidationException>(() =>
            Sessions.AsTrainerAsync(new AdvanceSessionCommand(session.Id, 0, 0, null, null)));

        Assert.Equal(["Dit dilemma bestaat niet in de sessie.", "Dit beslismoment bestaat niet.", "Deze stap bestaat niet."], refused.Errors.Select(e => e.ErrorMessage));
        Assert.Equal(["Deze stap bestaat niet."], missing.Errors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public async Task Next_on_the_last_stage_asks_to_end_the_session()
    {
        var id = await Sessions.PrepareAsync(null, SessionDriver.FirstKey);
        await Sessions.StartAsync(id);
        for (var i = 0; i < 11; i++)
        {
            await Sessions.AdvanceAsync(id);
        }

        Assert.True((await Sessions.ScreenAsync(id)).AtLastStage);

        var refused = await Assert.ThrowsAsync<DomainException>(() => Sessions.AdvanceAsync(id));

        Assert.Equal("Dit was het laatste beslismoment. Sluit de sessie af.", refused.Message);
    }

    [Fact]
    public async Task A_session_that_has_not_started_or_has_ended_does_not_move()
    {
        var prepared = await Sessions.PrepareAsync();
        var ended = await Sessions.RunAsync();
        await Sessions.EndAsync(ended.Id);

        var notStarted = await Assert.ThrowsAsync<DomainException>(() =>
            Sessions.AsTrainerAsync(new AdvanceSessionCommand(prepared, 0, 0, SessionStage.FirstVote, null)));
        var over = await Assert.ThrowsAsync<DomainException>(() =>
            Sessions.AsTrainerAsync(new AdvanceSessionCommand(ended.Id, 0, 0, SessionStage.FirstVote, null)));

        Assert.Equal("Deze sessie is nog niet begonnen.", notStarted.Message);
        Assert.Equal("Deze sessie is afgelopen.", over.Message);
    }
}
