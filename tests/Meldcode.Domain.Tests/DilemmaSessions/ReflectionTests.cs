using Meldcode.Domain.Common;
using Meldcode.Domain.DilemmaSessions;

namespace Meldcode.Domain.Tests.DilemmaSessions;

public sealed class ReflectionTests
{
    [Fact]
    public void A_reflection_is_sent_trimmed_at_the_point_on_screen_and_waits_for_the_trainer()
    {
        var session = Sessions.Started().At(SessionStage.MeldcodeView);
        session.Next();
        var id = Guid.NewGuid();
        var sent = Clock.Now.AddMinutes(20);

        var reflection = Reflection.Send(id, session, "  Eerlijk zijn over wat je niet kunt beloven.  ", sent);

        Assert.Equal(id, reflection.Id);
        Assert.Equal(session.Id, reflection.SessionId);
        Assert.Equal((0, 1), (reflection.Dilemma, reflection.Point));
        Assert.Equal("Eerlijk zijn over wat je niet kunt beloven.", reflection.Text);
        Assert.Equal(sent, reflection.SentAt);
        Assert.Equal(ReflectionStatus.Waiting, reflection.Status);
        Assert.Equal(PersonalDetailHint.None, reflection.Hints);
        Assert.False(reflection.IsHeldBack);
        Assert.False(reflection.IsErased);
    }

    [Theory]
    [InlineData(SessionStage.FirstVote)]
    [InlineData(SessionStage.Discussion)]
    [InlineData(SessionStage.MeldcodeView)]
    public void A_reflection_can_be_sent_at_any_stage_of_a_running_session(SessionStage stage)
    {
        var session = Sessions.Started().At(stage);

        Assert.Equal(ReflectionStatus.Waiting, Reflection.Send(Guid.NewGuid(), session, "Goed gesprek.", Clock.Now).Status);
    }

    [Fact]
    public void A_reflection_in_the_second_dilemma_notes_that_dilemma()
    {
        var session = Sessions.Started();
        while (session.CurrentDilemma == 0)
        {
            session.Next();
        }

        var reflection = Reflection.Send(Guid.NewGuid(), session, "Lastig.", Clock.Now);

        Assert.Equal((1, 0), (reflection.Dilemma, reflection.Point));
    }

    [Fact]
    public void A_reflection_that_looks_personal_is_held_back_with_its_hints()
    {
        var session = Sessions.Started();

        var reflection = Reflection.Send(Guid.NewGuid(), session, "Ik sprak met Fatima op 3 maart.", Clock.Now);

        Assert.Equal(PersonalDetailHint.Name | PersonalDetailHint.Date, reflection.Hints);
        Assert.True(reflection.IsHeldBack);
        Assert.Equal(ReflectionStatus.Waiting, reflection.Status);
    }

    [Fact]
    public void The_screening_reads_the_trimmed_text()
    {
        var session = Sessions.Started();

        var reflection = Reflection.Send(Guid.NewGuid(), session, "   Misschien eerst overleggen.", Clock.Now);

        Assert.False(reflection.IsHeldBack);
    }

    [Fact]
    public void A_prepared_session_takes_no_reflections()
    {
        var error = Assert.Throws<DomainException>(() => Reflection.Send(Guid.NewGuid(), Sessions.Prepared(), "Hallo.", Clock.Now));

        Assert.Equal("Deze sessie is afgelopen. Je reactie is niet verstuurd.", error.Message);
    }

    [Fact]
    public void An_ended_session_takes_no_reflections()
    {
        var session = Sessions.Started();
        session.End(Clock.Now);

        Assert.Throws<DomainException>(() => Reflection.Send(Guid.NewGuid(), session, "Hallo.", Clock.Now));
    }

    [Fact]
    public void A_session_past_its_24_hours_takes_no_reflections()
    {
        var session = Sessions.Started();

        Assert.Throws<DomainException>(() => Reflection.Send(Guid.NewGuid(), session, "Hallo.", session.ExpiresAt!.Value));
    }

    [Fact]
    public void Sending_needs_a_session_and_a_text()
    {
        Assert.Throws<ArgumentNullException>(() => Reflection.Send(Guid.NewGuid(), null!, "Hallo.", Clock.Now));
        Assert.Throws<ArgumentNullException>(() => Reflection.Send(Guid.NewGuid(), Sessions.Started(), null!, Clock.Now));
    }

    [Fact]
    public void The_trainer_approves_a_reflection()
    {
        var reflection = Reflection.Send(Guid.NewGuid(), Sessions.Started(), "Goed punt.", Clock.Now);

        reflection.Approve();

        Assert.Equal(ReflectionStatus.Approved, reflection.Status);
    }

    [Fact]
    public void The_trainer_rejects_a_reflection_and_may_change_their_mind()
    {
        var reflection = Reflection.Send(Guid.NewGuid(), Sessions.Started(), "Goed punt.", Clock.Now);

        reflection.Reject();
        Assert.Equal(ReflectionStatus.Rejected, reflection.Status);

        reflection.Approve();
        Assert.Equal(ReflectionStatus.Approved, reflection.Status);
    }

    [Fact]
    public void Erasing_empties_the_text_and_keeps_the_status_and_the_hints()
    {
        var reflection = Reflection.Send(Guid.NewGuid(), Sessions.Started(), "Ik sprak met Fatima.", Clock.Now);
        reflection.Approve();

        reflection.Erase();

        Assert.Equal(string.Empty, reflection.Text);
        Assert.True(reflection.IsErased);
        Assert.Equal(ReflectionStatus.Approved, reflection.Status);
        Assert.Equal(PersonalDetailHint.Name, reflection.Hints);
    }

    [Fact]
    public void An_erased_reflection_can_no_longer_be_approved_or_rejected()
    {
        var reflection = Reflection.Send(Guid.NewGuid(), Sessions.Started(), "Goed punt.", Clock.Now);
        reflection.Erase();

        Assert.Equal("Deze reactie is al verwijderd.", Assert.Throws<DomainException>(reflection.Approve).Message);
        Assert.Equal("Deze reactie is al verwijderd.", Assert.Throws<DomainException>(reflection.Reject).Message);
        Assert.Equal(ReflectionStatus.Waiting, reflection.Status);
    }

    [Fact]
    public void Erasing_twice_is_harmless()
    {
        var reflection = Reflection.Send(Guid.NewGuid(), Sessions.Started(), "Goed punt.", Clock.Now);

        reflection.Erase();
        reflection.Erase();

        Assert.True(reflection.IsErased);
    }
}
