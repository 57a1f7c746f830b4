using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Meldcode.Application.DilemmaSessions;
using Meldcode.Application.Tests.Support;
using Meldcode.Infrastructure.Live;
using Meldcode.Web.Live;
using Meldcode.Web.Tests.DilemmaSessions;
using Meldcode.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Meldcode.Web.Tests.MultipleInstances;

/// <summary>
/// Live sessions across two instances (PostgreSQL LISTEN/NOTIFY, ADR 0012): a change made through one instance wakes
/// the event streams of the other; an instance skips its own notifications; after a lost connection an instance listens
/// again and lets every screen it serves fetch once.
/// </summary>
[Trait("Database", "PostgreSql")]
public sealed class LiveSessionsAcrossInstancesTests : IDisposable
{
    private readonly TwoInstances _instances = new();

    [PostgreSqlFact]
    public async Task The_trainer_moving_on_through_one_instance_updates_a_participants_stream_on_the_other()
    {
        await ListeningAsync();
        using var trainer = _instances.Browser();
        var (id, code) = await StartSessionAsync(trainer.First);
        using var participant = _instances.Browser();
        await JoinAsync(participant.Second, code);
        await RaisedAsync(Hub(_instances.Second).Stage(id), above: 0); // the start has reached the second instance

        using var stream = await EventStream.OpenAsync(participant.Second, $"/doe-mee/{id}/updates");
        var first = await stream.NextAsync();
        await trainer.First.AdvancedAsync(id);
        var next = await stream.NextAsync();

        Assert.Equal(("update", "update"), (first.Event, next.Event));
        Assert.True(Number(next.Data) > Number(first.Data));
    }

    [PostgreSqlFact]
    public async Task A_vote_cast_through_one_instance_updates_the_trainers_stream_on_the_other()
    {
        await ListeningAsync();
        using var trainer = _instances.Browser();
        var (id, code) = await StartSessionAsync(trainer.First);
        using var participant = _instances.Browser();
        var joined = await JoinAsync(participant.Second, code);
        await RaisedAsync(Hub(_instances.Second).Stage(id), above: 0);

        using var stream = await EventStream.OpenAsync(trainer.Second, $"/training/sessies/{id}/updates");
        var first = await stream.NextAsync();
        using var vote = new Participant(participant.First, id, joined);
        await vote.VotedAsync("A");
        var next = await stream.NextAsync();

        Assert.True(Number(next.Data) > Number(first.Data));
    }

    [PostgreSqlFact]
    public async Task An_instance_skips_its_own_notifications_so_each_change_raises_its_pulse_once()
    {
        await ListeningAsync();
        var id = Guid.NewGuid();
        var marker = Guid.NewGuid();
        var counts = Hub(_instances.First).Counts(id);

        _instances.First.Services.GetRequiredService<ISessionSignals>().CountsChanged(id);
        await RaisedAsync(Hub(_instances.Second).Counts(id), above: 0);
        _instances.Second.Services.GetRequiredService<ISessionSignals>().StageChanged(marker);
        await RaisedAsync(Hub(_instances.First).Stage(marker), above: 0);

        // The first instance receives the notifications in the order they were sent: its own (sent before the marker
        // existed) came before the second's marker, so by now it has had it, and skipped it.
        Assert.Equal(1, counts.Version);
    }

    [PostgreSqlFact]
    public async Task After_its_connection_is_lost_an_instance_listens_again_and_every_session_it_knows_fetches_once()
    {
        await ListeningAsync();
        var known = Guid.NewGuid();
        var pulse = Hub(_instances.Second).Stage(known);

        TerminateListeners();

        await RaisedAsync(pulse, above: 0);
        await _instances.Second.Services.GetRequiredService<LiveNotificationListener>().Listening.WaitAsync(EventStream.Patience);
        var later = Guid.NewGuid();
        _instances.First.Services.GetRequiredService<ISessionSignals>().StageChanged(later);
        await RaisedAsync(Hub(_instances.Second).Stage(later), above: 0);
    }

    public void Dispose() => _instances.Dispose();

    private static SessionSignals Hub(MeldcodeFactory instance) => instance.Services.GetRequiredService<SessionSignals>();

    private async Task ListeningAsync()
    {
        await _instances.First.Services.GetRequiredService<LiveNotificationListener>().Listening.WaitAsync(EventStream.Patience);
        await _instances.Second.Services.GetRequiredService<LiveNotificationListener>().Listening.WaitAsync(EventStream.Patience);
    }

    /// <summary>Waits until the pulse is above <paramref name="above"/> (fails after <see cref="EventStream.Patience"/>); returns it.</summary>
    private static async Task<long> RaisedAsync(Pulse pulse, long above)
    {
        var deadline = DateTimeOffset.UtcNow + EventStream.Patience;
        long now;
        while ((now = await pulse.WaitAboveAsync(above, TimeSpan.FromSeconds(1), CancellationToken.None)) <= above)
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, $"The pulse stayed at {now}.");
        }

        return now;
    }

    /// <summary>Ends the instances' listening connections from the server's side, as a database restart or a network cut would.</summary>
    private void TerminateListeners()
    {
        var database = new Npgsql.NpgsqlConnectionStringBuilder(_instances.First.Database.Target.ConnectionString).Database;
        PostgreSqlTestServer.Maintenance(
            $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database}' AND application_name = '{LiveConnections.ListenerApplicationName}'");
    }

    private static async Task<(Guid Id, string Code)> StartSessionAsync(HttpClient trainer)
    {
        await trainer.SignInAsAsync(LivePages.TrainerName);
        var id = await trainer.PrepareAsync();
        return (id, await trainer.StartAsync(id));
    }

    /// <summary>Joins as <see cref="LivePages.JoinAsync"/> does, in a browser of the test's; returns the participant cookie's Set-Cookie.</summary>
    private static async Task<string> JoinAsync(HttpClient client, string code)
    {
        var page = await client.GetPageAsync($"/doe-mee?code={code}");
        using var joined = await client.PostFormAsync(page.QuerySelector<IHtmlFormElement>("main form")!);
        await LivePages.RedirectOfAsync(joined);
        return joined.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(LivePages.ParticipantCookieName + "=", StringComparison.Ordinal));
    }

    private static long Number(string data) => long.Parse(data, CultureInfo.InvariantCulture);
}

/// <summary>What a live notification says: identifiers only.</summary>
public sealed class LiveNoticeTests
{
    [Fact]
    public void A_notification_carries_the_instance_the_change_and_the_session_and_nothing_else()
    {
        var id = Guid.Parse("3f1d2c4b-0000-4000-8000-00000000abcd");
        var notice = new LiveNotice("a1b2c3d4e5f6", LiveChange.Counts, id);

        Assert.Equal("a1b2c3d4e5f6:counts:3f1d2c4b000040008000" + "00000000abcd", notice.Payload);
        Assert.True(LiveNotice.TryParse(notice.Payload, out var parsed));
        Assert.Equal(notice, parsed);
        Assert.False(LiveNotice.TryParse("a1:votes:" + id.ToString("N"), out _));
        Assert.False(LiveNotice.TryParse("a1:stage:not-a-session", out _));
    }
}
