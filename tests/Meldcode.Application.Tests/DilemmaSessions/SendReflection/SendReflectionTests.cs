using FluentValidation;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.DilemmaSessions.SendReflection;
using Meldcode.Application.Tests.DilemmaSessions.Support;
using Meldcode.Domain.DilemmaSessions;
using NSubstitute;

namespace Meldcode.Application.Tests.DilemmaSessions.SendReflection;

/// <summary>A participant sends a short reflection: it waits for the trainer, and one that looks personal is marked.</summary>
public sealed class SendReflectionTests : DilemmaSessionTest
{
    [Fact]
    public async Task A_reflection_waits_for_the_trainer_at_the_current_decision_point_and_is_not_linked_to_the_participant()
    {
        var session = await Sessions.RunAsync(participants: 1);
        await Sessions.AdvanceToAsync(session.Id, SessionStage.Discussion);
        Host.SessionSignals.ClearReceivedCalls();

        await Sessions.ReflectAsync(session[0], "  Ik zou eerst overleggen met de aandachtsfunctionaris.  ");

        var reflection = Assert.Single(await ReflectionsAsync(session.Id));
        Assert.Equal("Ik zou eerst overleggen met de aandachtsfunctionaris.", reflection.Text);
        Assert.Equal(ReflectionStatus.Waiting, reflection.Status);
        Assert.Equal((0, 0), (reflection.Dilemma, reflection.Point));
        Assert.False(reflection.IsHeldBack);
        var screen = await Sessions.ScreenAsync(session.Id);
        Assert.Empty(screen.ApprovedReflections);
        Assert.Equal([reflection.Id], screen.WaitingReflections.Select(r => r.Id));
        Host.SessionSignals.Received(1).CountsChanged(session.Id);
        Assert.DoesNotContain(typeof(Reflection).GetProperties(), p => p.Name.Contains("Participant", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Juf Anke had het direct moeten melden.", PersonalDetailHint.Name)]
    [InlineData("Bij ons gebeurde dit op 12-3 ook.", PersonalDetailHint.Date)]
    [InlineData("Dat kind woont in de Kerkstraat 3a.", PersonalDetailHint.Address)]
    public async Task A_reflection_that_looks_like_it_names_a_person_a_date_or_an_address_is_held_back_for_the_trainer(string text, PersonalDetailHint hint)
    {
        var session = await Sessions.RunAsync(participants: 1);

        await Sessions.ReflectAsync(session[0], text);

        var waiting = Assert.Single((await Sessions.ScreenAsync(session.Id)).WaitingReflections);
        Assert.True(waiting.IsHeldBack);
        Assert.True(waiting.Hints.HasFlag(hint));
        Assert.Equal(text, waiting.Text);
    }

    [Theory]
    [InlineData(null, "Vul je reactie in.")]
    [InlineData(" ", "Vul je reactie in.")]
    public async Task An_empty_reflection_is_refused_in_Dutch(string? text, string message)
    {
        var session = await Sessions.RunAsync(participants: 1);

        var refused = await Assert.ThrowsAsync<ValidationException>(() => Sessions.AnonymouslyAsync(new SendReflectionCommand(session.Id, session[0].Token, text)));

        Assert.Equal([message], refused.Errors.Select(e => e.ErrorMessage));
        Assert.Empty(await ReflectionsAsync(session.Id));
    }

    [Fact]
    public async Task A_reflection_over_280_characters_is_refused_in_Dutch()
    {
        var session = await Sessions.RunAsync(participants: 1);

        var refused = await Assert.ThrowsAsync<ValidationException>(() => Sessions.ReflectAsync(session[0], new string('a', 281)));

        Assert.Equal(["Je reactie mag hoogstens 280 tekens lang zijn. Nu zijn het er 281."], refused.Errors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public async Task A_made_up_token_one_of_another_session_or_of_an_ended_session_is_not_found()
    {
        var session = await Sessions.RunAsync(participants: 1);
        var other = await Sessions.RunAsync(participants: 1);
        await Sessions.EndAsync(other.Id);

        await Assert.ThrowsAsync<NotFoundException>(() => Sessions.AnonymouslyAsync(new SendReflectionCommand(session.Id, "verzonnen", "Tekst")));
        await Assert.ThrowsAsync<NotFoundException>(() => Sessions.AnonymouslyAsync(new SendReflectionCommand(session.Id, other[0].Token, "Tekst")));
        await Assert.ThrowsAsync<NotFoundException>(() => Sessions.ReflectAsync(other[0], "Tekst"));

        Assert.Empty(await ReflectionsAsync(session.Id));
        Assert.Empty(await ReflectionsAsync(other.Id));
    }

    [Fact]
    public async Task After_24_hours_a_reflection_is_refused()
    {
        var session = await Sessions.RunAsync(participants: 1);
        Clock.Advance(TimeSpan.FromHours(24));

        var refused = await Assert.ThrowsAsync<DomainException>(() => Sessions.ReflectAsync(session[0], "Te laat."));

        Assert.Equal("Deze sessie is afgelopen. Je reactie is niet verstuurd.", refused.Message);
        Assert.Empty(await ReflectionsAsync(session.Id));
    }
}
