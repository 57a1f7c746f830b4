using System.Reflection;
using MediatR;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.Common.Security;
using Meldcode.Application.DilemmaSessions.AdvanceSession;
using Meldcode.Application.DilemmaSessions.CastVote;
using Meldcode.Application.DilemmaSessions.DecideReflection;
using Meldcode.Application.DilemmaSessions.DownloadSessionSummary;
using Meldcode.Application.DilemmaSessions.EndSession;
using Meldcode.Application.DilemmaSessions.GetParticipantScreen;
using Meldcode.Application.DilemmaSessions.GetSessions;
using Meldcode.Application.DilemmaSessions.GetSessionScreen;
using Meldcode.Application.DilemmaSessions.GetSessionSummary;
using Meldcode.Application.DilemmaSessions.JoinSession;
using Meldcode.Application.DilemmaSessions.PrepareSession;
using Meldcode.Application.DilemmaSessions.SendReflection;
using Meldcode.Application.DilemmaSessions.StartSession;
using Meldcode.Application.Tests.DilemmaSessions.Support;
using Meldcode.Domain.DilemmaSessions;
using NSubstitute;

namespace Meldcode.Application.Tests.DilemmaSessions;

/// <summary>
/// What every use case of live sessions shares: only a trainer runs a session, and only their own (another trainer
/// gets "not found"); participants need no account, only the token of the session they joined.
/// </summary>
public sealed class DilemmaSessionTests : DilemmaSessionTest
{
    private static readonly Type[] ParticipantRequests =
        [typeof(JoinSessionCommand), typeof(GetParticipantScreenQuery), typeof(CastVoteCommand), typeof(SendReflectionCommand)];

    public static TheoryData<Who> EveryoneButTheTrainer() => [.. Enum.GetValues<Who>().Where(w => w is not Who.Trainer)];

    [Fact]
    public void Every_request_of_the_feature_is_for_trainers_except_the_four_a_participant_sends_anonymously()
    {
        var requests = typeof(PrepareSessionCommand).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("Meldcode.Application.DilemmaSessions", StringComparison.Ordinal) == true)
            .Where(t => t.GetInterfaces().Any(i => i == typeof(IBaseRequest)))
            .ToList();

        Assert.Equal(13, requests.Count);
        foreach (var request in requests)
        {
            var anonymous = request.GetCustomAttribute<AllowAnonymousRequestAttribute>() is not null;
            var rule = request.GetCustomAttribute<AuthorizeAttribute>();
            if (ParticipantRequests.Contains(request))
            {
                Assert.True(anonymous, request.Name);
                Assert.Null(rule);
            }
            else
            {
                Assert.False(anonymous, request.Name);
                Assert.Equal([Role.Trainer], rule!.Roles);
            }
        }
    }

    [Theory]
    [MemberData(nameof(EveryoneButTheTrainer))]
    public async Task Only_a_trainer_may_send_the_trainer_requests(Who who)
    {
        var session = await Sessions.RunAsync(participants: 1);
        await Sessions.ReflectAsync(session[0], "Ik zou eerst overleggen.");
        var reflection = (await ReflectionsAsync(session.Id)).Single().Id;
        var library = await Sessions.BuiltInIdAsync(SessionDriver.FirstKey);
        Host.SessionSignals.ClearReceivedCalls();

        foreach (var request in TrainerRequests(session.Id, reflection, library))
        {
            var refused = await Record.ExceptionAsync(() => Sessions.SendAsync(School[who], request));
            Assert.IsType<ForbiddenAccessException>(refused);
        }

        var stored = await SessionAsync(session.Id);
        Assert.Equal(SessionState.Live, stored.State);
        Assert.Equal(SessionStage.FirstVote, stored.Stage);
        Assert.Equal(ReflectionStatus.Waiting, (await ReflectionsAsync(session.Id)).Single().Status);
        Assert.Empty(Host.SessionSignals.ReceivedCalls());
    }

    [Fact]
    public async Task An_anonymous_request_for_any_trainer_request_is_refused()
    {
        var session = await Sessions.RunAsync();
        var library = await Sessions.BuiltInIdAsync(SessionDriver.FirstKey);

        foreach (var request in TrainerRequests(session.Id, Guid.NewGuid(), library))
        {
            var refused = await Record.ExceptionAsync(() => Sessions.SendAsync(null, request));
            Assert.IsType<ForbiddenAccessException>(refused);
        }

        Assert.Equal(SessionState.Live, (await SessionAsync(session.Id)).State);
    }

    [Fact]
    public async Task A_participant_needs_no_account_to_join_see_the_screen_vote_and_send_a_reflection()
    {
        var session = await Sessions.RunAsync();

        var joined = await Sessions.AnonymouslyAsync(new JoinSessionCommand(session.Code));
        await Sessions.AnonymouslyAsync(new CastVoteCommand(joined.SessionId, joined.Token, FirstVote, "B"));
        await Sessions.AnonymouslyAsync(new SendReflectionCommand(joined.SessionId, joined.Token, "Ik zou eerst overleggen."));
        var screen = await Sessions.AnonymouslyAsync(new GetParticipantScreenQuery(joined.SessionId, joined.Token));

        Assert.Equal(session.Id, joined.SessionId);
        Assert.Equal("B", screen.MyAnswer);
        Assert.Single(await VotesAsync(session.Id));
        Assert.Single(await ReflectionsAsync(session.Id));
    }

    [Fact]
    public async Task Another_trainer_of_the_school_finds_nothing_of_someone_elses_session()
    {
        await AssertOnlyItsOwnTrainerFindsTheSessionAsync(await AddTrainerAsync());
    }

    [Fact]
    public async Task A_trainer_of_another_organisation_finds_nothing_of_the_schools_session()
    {
        await AssertOnlyItsOwnTrainerFindsTheSessionAsync(await AddTrainerOfAnotherOrganisationAsync());
    }

    private async Task AssertOnlyItsOwnTrainerFindsTheSessionAsync(User other)
    {
        var prepared = await Sessions.PrepareAsync();
        var session = await Sessions.RunAsync(participants: 1);
        await Sessions.ReflectAsync(session[0], "Ik zou eerst overleggen.");
        var reflection = (await ReflectionsAsync(session.Id)).Single().Id;
        Host.SessionSignals.ClearReceivedCalls();

        foreach (var id in new[] { prepared, session.Id })
        {
            foreach (var request in TrainerRequests(id, reflection, library: null))
            {
                var refused = await Record.ExceptionAsync(() => Sessions.SendAsync(other, request));
                Assert.IsType<NotFoundException>(refused);
            }
        }

        Assert.Empty(await Host.SendAsAsync(other, new GetSessionsQuery()));
        var stored = await SessionAsync(session.Id);
        Assert.Equal(SessionState.Live, stored.State);
        Assert.Equal(SessionStage.FirstVote, stored.Stage);
        Assert.Equal(SessionState.Prepared, (await SessionAsync(prepared)).State);
        Assert.Equal(ReflectionStatus.Waiting, (await ReflectionsAsync(session.Id)).Single().Status);
        Assert.Empty(Host.SessionSignals.ReceivedCalls());
        Assert.Equal(2, (await Host.SendAsAsync(Trainer, new GetSessionsQuery())).Count);
    }

    /// <summary>Every trainer request about the session (and, with a library dilemma, preparing and listing).</summary>
    private static IEnumerable<IBaseRequest> TrainerRequests(Guid session, Guid reflection, Guid? library)
    {
        if (library is { } dilemma)
        {
            yield return new PrepareSessionCommand("Teamdag", [dilemma]);
            yield return new GetSessionsQuery();
        }

        yield return new GetSessionScreenQuery(session);
        yield return new AdvanceSessionCommand(session, 0, 0, SessionStage.FirstVote, null);
        yield return new DecideReflectionCommand(session, reflection, Approve: true);
        yield return new GetSessionSummaryQuery(session);
        yield return new DownloadSessionSummaryQuery(session, SummaryFormat.Csv);
        yield return new DownloadSessionSummaryQuery(session, SummaryFormat.Pdf);
        yield return new StartSessionCommand(session);
        yield return new EndSessionCommand(session);
    }
}
