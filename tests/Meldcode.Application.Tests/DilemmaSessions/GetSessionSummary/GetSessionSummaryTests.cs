using Meldcode.Application.DilemmaSessions.DecideReflection;
using Meldcode.Application.DilemmaSessions.GetSessionSummary;
using Meldcode.Application.Tests.DilemmaSessions.Support;
using Meldcode.Domain.DilemmaSessions;

namespace Meldcode.Application.Tests.DilemmaSessions.GetSessionSummary;

/// <summary>What a session yielded, per decision point: both votes, the shift, the meldcode's view and the approved reflections.</summary>
public sealed class GetSessionSummaryTests : DilemmaSessionTest
{
    [Fact]
    public async Task The_summary_has_every_decision_point_with_its_votes_shift_view_and_approved_reflections()
    {
        var session = await Sessions.RunAsync(participants: 3);
        await Sessions.VoteAsync(session, FirstVote, "A", "B", "C");
        await Sessions.AdvanceToAsync(session.Id, SessionStage.SecondVote);
        await Sessions.VoteAsync(session, SecondVote, "B", "B", "B");
        await Sessions.ReflectAsync(session[0], "Eerst overleggen.");
        await Sessions.ReflectAsync(session[1], "Niet goedgekeurd.");
        await Sessions.ReflectAsync(session[2], "Nog niet beoordeeld.");
        var reflections = await ReflectionsAsync(session.Id);
        await Sessions.AsTrainerAsync(new DecideReflectionCommand(session.Id, reflections[0].Id, Approve: true));
        await Sessions.AsTrainerAsync(new DecideReflectionCommand(session.Id, reflections[1].Id, Approve: false));
        await Sessions.EndAsync(session.Id);

        var summary = await Sessions.AsTrainerAsync(new GetSessionSummaryQuery(session.Id));

        Assert.Equal("Teamdag meldcode", summary.Title);
        Assert.Equal(3, summary.Participants);
        Assert.NotNull(summary.StartedAt);
        Assert.NotNull(summary.EndedAt);
        Assert.False(summary.ReflectionsErased);
        Assert.Equal([(1, 1), (1, 2), (2, 1), (2, 2)], summary.Points.Select(p => (p.DilemmaNumber, p.PointNumber)));
        var first = summary.Points[0];
        Assert.Equal([1, 1, 1], first.First.Answers.Select(a => a.Count));
        Assert.Equal([0, 3, 0], first.Second.Answers.Select(a => a.Count));
        Assert.Equal((3, 2), (first.Shift.VotedTwice, first.Shift.Changed));
        Assert.Equal("Past bij de meldcode: B.", first.View.Summary);
        Assert.Equal(["Eerst overleggen."], first.Reflections);
        Assert.All(summary.Points.Skip(1), p => Assert.Equal(0, p.First.Total));
        Assert.Equal("Past bij de meldcode: 4 tot en met 5.", summary.Points[3].View.Summary);
    }

    [Fact]
    public async Task Fewer_than_three_votes_are_not_shown_in_the_summary_either()
    {
        var session = await Sessions.RunAsync(participants: 2);
        await Sessions.VoteAsync(session, FirstVote, "A", "B");
        await Sessions.EndAsync(session.Id);

        var point = (await Sessions.AsTrainerAsync(new GetSessionSummaryQuery(session.Id))).Points[0];

        Assert.False(point.First.IsShown);
        Assert.False(point.Shift.IsShown);
    }
}
