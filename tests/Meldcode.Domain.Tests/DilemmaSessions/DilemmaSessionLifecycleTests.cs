using Meldcode.Domain.Common;
using Meldcode.Domain.DilemmaSessions;

namespace Meldcode.Domain.Tests.DilemmaSessions;

public sealed class DilemmaSessionLifecycleTests
{
    [Fact]
    public void A_prepared_session_holds_its_dilemmas_in_order_with_their_positions_and_no_code()
    {
        var dilemmas = Sessions.FromLibrary(4);

        var session = Sessions.Prepared(dilemmas, "  Teamdag  ");

        Assert.Equal(SessionState.Prepared, session.State);
        Assert.Equal("Teamdag", session.Title);
        Assert.Equal(Clock.Now, session.CreatedAt);
        Assert.Equal(dilemmas, session.Dilemmas);
        Assert.Equal([0, 1, 2, 3], session.Dilemmas.Select(d => d.Position));
        Assert.Null(session.JoinCode);
        Assert.Null(session.StartedAt);
        Assert.Null(session.ExpiresAt);
        Assert.Null(session.EndedAt);
        Assert.False(session.IsRunning(Clock.Now));
    }

    [Fact]
    public void Revising_replaces_the_title_and_the_dilemmas_in_the_new_order()
    {
        var session = Sessions.Prepared(Sessions.FromLibrary(3));
        var reordered = Sessions.FromLibrary(10).Skip(5).Reverse().ToArray();

        session.Revise("Nieuwe titel ", reordered);

        Assert.Equal("Nieuwe titel", session.Title);
        Assert.Equal(reordered, session.Dilemmas);
        Assert.Equal([0, 1, 2, 3, 4], session.Dilemmas.Select(d => d.Position));
    }

    [Fact]
    public void A_session_holds_one_to_ten_dilemmas()
    {
        Assert.Single(Sessions.Prepared(Sessions.FromLibrary(1)).Dilemmas);
        Assert.Equal(SessionRules.MaxDilemmas, Sessions.Prepared(Sessions.FromLibrary(10)).Dilemmas.Count);
    }

    [Fact]
    public void A_session_without_dilemmas_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => Sessions.Prepared([]));

        Assert.Equal("Kies minstens één dilemma.", error.Message);
    }

    [Fact]
    public void A_session_of_more_than_ten_dilemmas_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => Sessions.Prepared(Sessions.FromLibrary(11)));

        Assert.Equal("Een sessie heeft hoogstens 10 dilemma's.", error.Message);
    }

    [Fact]
    public void A_dilemma_twice_in_a_session_is_refused_even_in_another_version()
    {
        var content = Sessions.FromLibrary(1)[0].Content;
        var source = Guid.NewGuid();

        var error = Assert.Throws<DomainException>(() => Sessions.Prepared([new SessionDilemma(source, 1, content), new SessionDilemma(source, 2, content)]));

        Assert.Equal("Een dilemma staat twee keer in de sessie.", error.Message);
    }

    [Fact]
    public void A_refused_revision_keeps_the_session_as_it_was()
    {
        var dilemmas = Sessions.FromLibrary(2);
        var session = Sessions.Prepared(dilemmas, "Eerst");

        Assert.Throws<DomainException>(() => session.Revise("Daarna", Sessions.FromLibrary(11)));

        Assert.Equal("Eerst", session.Title);
        Assert.Equal(dilemmas, session.Dilemmas);
    }

    [Fact]
    public void A_session_that_started_cannot_be_revised()
    {
        var session = Sessions.Started();
        var before = session.Dilemmas.ToArray();

        var error = Assert.Throws<DomainException>(() => session.Revise("Anders", Sessions.FromLibrary(1)));

        Assert.Equal("Een sessie die al begonnen is, kun je niet meer veranderen.", error.Message);
        Assert.Equal(before, session.Dilemmas);
        Assert.Equal("Training meldcode", session.Title);
    }

    [Fact]
    public void A_session_that_ended_cannot_be_revised()
    {
        var session = Sessions.Started();
        session.End(Clock.Now);

        Assert.Throws<DomainException>(() => session.Revise("Anders", Sessions.FromLibrary(1)));
    }

    [Fact]
    public void A_session_dilemma_is_a_version_1_or_later_copy()
    {
        var content = Sessions.FromLibrary(1)[0].Content;

        Assert.Throws<ArgumentOutOfRangeException>(() => new SessionDilemma(Guid.NewGuid(), 0, content));
        Assert.Throws<ArgumentNullException>(() => new SessionDilemma(Guid.NewGuid(), 1, null!));
        Assert.Equal(3, new SessionDilemma(Guid.NewGuid(), 3, content).SourceVersion);
    }

    [Fact]
    public void Starting_sets_the_code_and_a_term_of_24_hours()
    {
        var session = Sessions.Prepared();
        var start = Clock.Now.AddMinutes(3);

        session.Start("012345", start);

        Assert.Equal(SessionState.Live, session.State);
        Assert.Equal("012345", session.JoinCode);
        Assert.Equal(start, session.StartedAt);
        Assert.Equal(start.AddHours(24), session.ExpiresAt);
        Assert.True(session.IsRunning(start));
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("12345a")]
    [InlineData("123 45")]
    [InlineData(" 123456")]
    [InlineData("١٢٣٤٥٦")]
    [InlineData("12345６")]
    [InlineData(null)]
    public void A_join_code_is_six_ascii_digits(string? code)
    {
        var session = Sessions.Prepared();

        Assert.Throws<ArgumentException>(() => session.Start(code!, Clock.Now));

        Assert.Equal(SessionState.Prepared, session.State);
        Assert.Null(session.JoinCode);
    }

    [Fact]
    public void A_session_starts_only_once()
    {
        var session = Sessions.Started();

        var error = Assert.Throws<DomainException>(() => session.Start("654321", Clock.Now.AddHours(1)));

        Assert.Equal("Deze sessie is al begonnen.", error.Message);
        Assert.Equal(Sessions.JoinCode, session.JoinCode);
        Assert.Equal(Clock.Now, session.StartedAt);
    }

    [Fact]
    public void An_ended_session_cannot_start_again()
    {
        var session = Sessions.Started();
        session.End(Clock.Now);

        Assert.Throws<DomainException>(() => session.Start("654321", Clock.Now));
        Assert.Null(session.JoinCode);
    }

    [Fact]
    public void A_session_runs_until_just_before_its_24_hours_are_over()
    {
        var session = Sessions.Started();

        Assert.True(session.IsRunning(Clock.Now.AddHours(24).AddTicks(-1)));
        Assert.False(session.IsRunning(Clock.Now.AddHours(24)));
    }

    [Fact]
    public void Ending_clears_the_code_the_open_round_and_the_timer()
    {
        var session = Sessions.Started().At(SessionStage.Discussion);
        var end = Clock.Now.AddHours(1);

        session.End(end);

        Assert.Equal(SessionState.Ended, session.State);
        Assert.Equal(end, session.EndedAt);
        Assert.Null(session.JoinCode);
        Assert.Null(session.OpenRound);
        Assert.Null(session.TimerEndsAt);
        Assert.False(session.IsRunning(end));
    }

    [Fact]
    public void Ending_twice_keeps_the_first_end()
    {
        var session = Sessions.Started();
        session.End(Clock.Now.AddHours(1));

        session.End(Clock.Now.AddHours(2));

        Assert.Equal(Clock.Now.AddHours(1), session.EndedAt);
        Assert.Equal(SessionState.Ended, session.State);
    }

    [Fact]
    public void A_session_ended_after_its_24_hours_ended_when_they_were_over()
    {
        var session = Sessions.Started();

        session.End(Clock.DaysLater(3));

        Assert.Equal(session.ExpiresAt, session.EndedAt);
    }

    [Fact]
    public void A_session_that_was_not_started_cannot_end()
    {
        var session = Sessions.Prepared();

        var error = Assert.Throws<DomainException>(() => session.End(Clock.Now));

        Assert.Equal("Deze sessie is nog niet begonnen.", error.Message);
        Assert.Equal(SessionState.Prepared, session.State);
    }

    [Fact]
    public void The_dilemmas_keep_their_place_after_the_session_ended()
    {
        var dilemmas = Sessions.FromLibrary(2);
        var session = Sessions.Started(dilemmas);

        session.End(Clock.Now);

        Assert.Equal(dilemmas, session.Dilemmas);
    }
}
