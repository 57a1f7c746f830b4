using Meldcode.Domain.Common;

namespace Meldcode.Domain.Tests.DilemmaSessions;

public sealed class ReflectionErasureTests
{
    private const int Days = 14;

    [Fact]
    public void The_reflections_of_an_ended_session_are_due_the_given_number_of_days_after_its_end()
    {
        var session = Sessions.Started();
        session.End(Clock.Now.AddHours(2));

        Assert.False(session.ReflectionsDueForErasure(Clock.Now.AddHours(2).AddDays(Days).AddTicks(-1), Days));
        Assert.True(session.ReflectionsDueForErasure(Clock.Now.AddHours(2).AddDays(Days), Days));
        Assert.True(session.ReflectionsDueForErasure(Clock.Now.AddDays(400), Days));
    }

    [Fact]
    public void The_days_count_from_the_end_not_from_the_start()
    {
        var session = Sessions.Started();
        session.End(Clock.DaysLater(0).AddHours(20));

        Assert.False(session.ReflectionsDueForErasure(Clock.DaysLater(Days), Days));
    }

    [Fact]
    public void The_days_of_an_expired_session_count_from_its_24_hours()
    {
        var session = Sessions.Started();
        session.End(Clock.DaysLater(30));

        Assert.True(session.ReflectionsDueForErasure(Clock.DaysLater(1 + Days), Days));
        Assert.False(session.ReflectionsDueForErasure(Clock.DaysLater(1 + Days).AddTicks(-1), Days));
    }

    [Fact]
    public void The_reflections_of_a_session_that_did_not_end_are_never_due()
    {
        var prepared = Sessions.Prepared();
        var live = Sessions.Started();

        Assert.False(prepared.ReflectionsDueForErasure(Clock.DaysLater(365), Days));
        Assert.False(live.ReflectionsDueForErasure(Clock.DaysLater(365), Days));
    }

    [Fact]
    public void Reflections_that_were_erased_are_not_due_again()
    {
        var session = Sessions.Started();
        session.End(Clock.Now);
        session.MarkReflectionsErased(Clock.DaysLater(Days));

        Assert.Equal(Clock.DaysLater(Days), session.ReflectionsErasedAt);
        Assert.False(session.ReflectionsDueForErasure(Clock.DaysLater(Days + 1), Days));
    }

    [Fact]
    public void Marking_twice_keeps_the_first_moment()
    {
        var session = Sessions.Started();
        session.End(Clock.Now);
        session.MarkReflectionsErased(Clock.DaysLater(Days));

        session.MarkReflectionsErased(Clock.DaysLater(Days + 5));

        Assert.Equal(Clock.DaysLater(Days), session.ReflectionsErasedAt);
    }

    [Fact]
    public void Reflections_are_erased_only_after_the_session()
    {
        var session = Sessions.Started();

        var error = Assert.Throws<DomainException>(() => session.MarkReflectionsErased(Clock.Now));

        Assert.Equal("Reflecties verdwijnen pas na de sessie.", error.Message);
        Assert.Null(session.ReflectionsErasedAt);
    }
}
