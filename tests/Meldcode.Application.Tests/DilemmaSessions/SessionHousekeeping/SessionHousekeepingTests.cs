using Meldcode.Application.Common.Exceptions;
using Meldcode.Application.DilemmaSessions;
using Meldcode.Application.DilemmaSessions.DecideReflection;
using Meldcode.Application.DilemmaSessions.GetSessionSummary;
using Meldcode.Application.DilemmaSessions.JoinSession;
using Meldcode.Application.Tests.DilemmaSessions.Support;
using Meldcode.Domain.DilemmaSessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Meldcode.Application.Tests.DilemmaSessions.SessionHousekeeping;

/// <summary>
/// What the scheduler does: sessions past their 24 hours end (code stops, tokens forgotten); the reflections of
/// sessions that ended longer ago than the retention term (30 days unless configured) are erased, the votes stay.
/// </summary>
public sealed class SessionHousekeepingTests : DilemmaSessionTest
{
    [Fact]
    public async Task A_session_ends_by_itself_24_hours_after_its_start_and_forgets_its_tokens()
    {
        var expiring = await Sessions.RunAsync(participants: 3);
        await Sessions.VoteAsync(expiring, FirstVote, "A", "B", "B");
        Clock.Advance(TimeSpan.FromHours(1));
        var younger = await Sessions.RunAsync(participants: 1);

        Clock.Advance(TimeSpan.FromHours(23) - TimeSpan.FromSeconds(1));
        Assert.Equal((0, 0), await RunAsync());
        Clock.Advance(TimeSpan.FromSeconds(1));
        var result = await RunAsync();

        Assert.Equal((1, 0), result);
        var ended = await SessionAsync(expiring.Id);
        Assert.Equal(SessionState.Ended, ended.State);
        Assert.Null(ended.JoinCode);
        Assert.Equal(ended.ExpiresAt, ended.EndedAt);
        Assert.All(await ParticipantsAsync(expiring.Id), p => Assert.Null(p.TokenHash));
        Assert.Equal(3, (await VotesAsync(expiring.Id)).Count);
        await Assert.ThrowsAsync<NotFoundException>(() => Sessions.ParticipantScreenAsync(expiring[0]));
        await Assert.ThrowsAsync<DomainException>(() => Sessions.AnonymouslyAsync(new JoinSessionCommand(expiring.Code)));
        Assert.Equal(SessionState.Live, (await SessionAsync(younger.Id)).State);
        Assert.NotNull((await ParticipantsAsync(younger.Id)).Single().TokenHash);
    }

    [Fact]
    public async Task Reflections_are_erased_30_days_after_the_session_ended_and_the_votes_stay()
    {
        var session = await SessionWithReflectionsAsync();
        await Sessions.EndAsync(session.Id);
        var endedAt = (await SessionAsync(session.Id)).EndedAt!.Value;

        Clock.SetUtcNow(endedAt.AddDays(30).AddSeconds(-1));
        Assert.Equal((0, 0), await RunAsync());
        Assert.All(await ReflectionsAsync(session.Id), r => Assert.NotEmpty(r.Text));

        Clock.SetUtcNow(endedAt.AddDays(30));
        Assert.Equal((0, 1), await RunAsync());

        var reflections = await ReflectionsAsync(session.Id);
        Assert.Equal(2, reflections.Count);
        Assert.All(reflections, r => Assert.Empty(r.Text));
        Assert.Equal([ReflectionStatus.Approved, ReflectionStatus.Waiting], reflections.Select(r => r.Status));
        Assert.NotNull((await SessionAsync(session.Id)).ReflectionsErasedAt);
        Assert.Equal(3, (await VotesAsync(session.Id)).Count);
        var summary = await Sessions.AsTrainerAsync(new GetSessionSummaryQuery(session.Id));
        Assert.True(summary.ReflectionsErased);
        Assert.Empty(summary.Points[0].Reflections);
        Assert.Equal([1, 2, 0], summary.Points[0].First.Answers.Select(a => a.Count));
        Assert.Empty((await Sessions.ScreenAsync(session.Id)).WaitingReflections);
        Assert.Equal((0, 0), await RunAsync());
    }

    [Fact]
    public async Task The_retention_term_can_be_configured()
    {
        var session = await SessionWithReflectionsAsync();
        await Sessions.EndAsync(session.Id);
        var endedAt = (await SessionAsync(session.Id)).EndedAt!.Value;
        Clock.SetUtcNow(endedAt.AddDays(7));

        var result = await Host.WithContextAsync(context =>
            new Application.DilemmaSessions.SessionHousekeeping(context, Clock, Options.Create(new DilemmaSessionOptions { ReflectionRetentionDays = 7 }), NSubstitute.Substitute.For<Application.DilemmaSessions.ISessionSignals>())
                .RunAsync(CancellationToken.None));

        Assert.Equal((0, 1), result);
        Assert.All(await ReflectionsAsync(session.Id), r => Assert.Empty(r.Text));
    }

    [Fact]
    public async Task A_session_that_ended_by_itself_has_its_reflections_erased_30_days_after_its_24_hours()
    {
        var session = await SessionWithReflectionsAsync();
        var expiresAt = (await SessionAsync(session.Id)).ExpiresAt!.Value;
        Clock.SetUtcNow(expiresAt.AddDays(31));

        Assert.Equal((1, 1), await RunAsync());

        Assert.All(await ReflectionsAsync(session.Id), r => Assert.Empty(r.Text));
    }

    [Fact]
    public async Task A_prepared_session_is_left_alone()
    {
        var id = await Sessions.PrepareAsync();
        Clock.Advance(TimeSpan.FromDays(60));

        Assert.Equal((0, 0), await RunAsync());

        Assert.Equal(SessionState.Prepared, (await SessionAsync(id)).State);
    }

    [Fact]
    public async Task Two_instances_that_run_it_at_the_same_moment_end_each_session_once_and_neither_fails()
    {
        var first = await Sessions.RunAsync(participants: 1);
        var second = await Sessions.RunAsync(participants: 1);
        Clock.Advance(TimeSpan.FromHours(24));
        (int Ended, int Erased)? meanwhile = null;
        var otherInstanceRuns = new BeforeFirstSessionSave(async () => meanwhile = await RunAsync());
        using var instance = new ApplicationHost(Database, Clock, configureServices: services => services.AddSingleton<IInterceptor>(otherInstanceRuns));

        var run = await RunAsync(instance);

        Assert.Equal((0, 0), run);
        Assert.Equal((2, 0), meanwhile);
        Assert.Equal(SessionState.Ended, (await SessionAsync(first.Id)).State);
        Assert.Equal(SessionState.Ended, (await SessionAsync(second.Id)).State);
    }

    private Task<(int Ended, int Erased)> RunAsync() => RunAsync(Host);

    private static async Task<(int Ended, int Erased)> RunAsync(ApplicationHost host)
    {
        using var scope = host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<Application.DilemmaSessions.SessionHousekeeping>().RunAsync(CancellationToken.None);
    }

    private async Task<RunningSession> SessionWithReflectionsAsync()
    {
        var session = await Sessions.RunAsync(participants: 3);
        await Sessions.VoteAsync(session, FirstVote, "A", "B", "B");
        await Sessions.ReflectAsync(session[0], "Eerst overleggen.");
        await Sessions.ReflectAsync(session[1], "Niets beloven.");
        var first = (await ReflectionsAsync(session.Id))[0].Id;
        await Sessions.AsTrainerAsync(new DecideReflectionCommand(session.Id, first, Approve: true));
        return session;
    }
}

/// <summary>Runs something (another instance's work) just before this instance first saves a change to a session.</summary>
internal sealed class BeforeFirstSessionSave(Func<Task> meanwhile) : SaveChangesInterceptor
{
    private bool _done;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (!_done && eventData.Context!.ChangeTracker.Entries<DilemmaSession>().Any(e => e.State == EntityState.Modified))
        {
            _done = true;
            await meanwhile();
        }

        return result;
    }
}
