using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.DilemmaSessions.DecideReflection;
using Meldcode.Application.Tests.DilemmaSessions.Support;
using Meldcode.Domain.DilemmaSessions;
using NSubstitute;

namespace Meldcode.Application.Tests.DilemmaSessions.DecideReflection;

/// <summary>The trainer approves a reflection (the projector shows it) or rejects it (nobody sees it).</summary>
public sealed class DecideReflectionTests : DilemmaSessionTest
{
    [Fact]
    public async Task An_approved_reflection_moves_from_waiting_to_the_projector()
    {
        var session = await Sessions.RunAsync(participants: 1);
        await Sessions.ReflectAsync(session[0], "Ik zou eerst overleggen.");
        var id = (await ReflectionsAsync(session.Id)).Single().Id;
        Host.SessionSignals.ClearReceivedCalls();

        await Sessions.AsTrainerAsync(new DecideReflectionCommand(session.Id, id, Approve: true));

        var screen = await Sessions.ScreenAsync(session.Id);
        Assert.Empty(screen.WaitingReflections);
        Assert.Equal(["Ik zou eerst overleggen."], screen.ApprovedReflections.Select(r => r.Text));
        Assert.Equal(ReflectionStatus.Approved, (await ReflectionsAsync(session.Id)).Single().Status);
        Host.SessionSignals.Received(1).StageChanged(session.Id);
    }

    [Fact]
    public async Task A_rejected_reflection_is_shown_nowhere()
    {
        var session = await Sessions.RunAsync(participants: 1);
        await Sessions.ReflectAsync(session[0], "Juf Anke deed het fout.");
        var id = (await ReflectionsAsync(session.Id)).Single().Id;

        await Sessions.AsTrainerAsync(new DecideReflectionCommand(session.Id, id, Approve: false));

        var screen = await Sessions.ScreenAsync(session.Id);
        Assert.Empty(screen.WaitingReflections);
        Assert.Empty(screen.ApprovedReflections);
        Assert.Equal(ReflectionStatus.Rejected, (await ReflectionsAsync(session.Id)).Single().Status);
    }

    [Fact]
    public async Task A_reflection_of_another_session_of_the_same_trainer_or_an_unknown_one_is_not_found()
    {
        var session = await Sessions.RunAsync(participants: 1);
        var other = await Sessions.RunAsync(participants: 1);
        await Sessions.ReflectAsync(other[0], "Ik zou eerst overleggen.");
        var theirs = (await ReflectionsAsync(other.Id)).Single().Id;

        await Assert.ThrowsAsync<NotFoundException>(() => Sessions.AsTrainerAsync(new DecideReflectionCommand(session.Id, theirs, Approve: true)));
        await Assert.ThrowsAsync<NotFoundException>(() => Sessions.AsTrainerAsync(new DecideReflectionCommand(session.Id, Guid.NewGuid(), Approve: true)));

        Assert.Equal(ReflectionStatus.Waiting, (await ReflectionsAsync(other.Id)).Single().Status);
    }
}
