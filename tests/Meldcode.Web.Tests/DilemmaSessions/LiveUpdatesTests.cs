using System.Net;

namespace Meldcode.Web.Tests.DilemmaSessions;

/// <summary>The event streams (Server-Sent Events) that keep the live pages up to date: an event says only that something changed.</summary>
public sealed class LiveUpdatesTests : IClassFixture<LiveSessionFactory>
{
    private readonly LiveSessionFactory _factory;

    public LiveUpdatesTests(LiveSessionFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task The_trainer_stream_starts_with_an_update_and_sends_another_after_a_vote()
    {
        using var session = await _factory.RunningSessionAsync();
        using var participant = await _factory.JoinAsync(session.Code);

        using var stream = await EventStream.OpenAsync(session.Trainer, $"/training/sessies/{session.Id}/updates");
        var first = await stream.NextAsync();
        Assert.Equal("update", first.Event);
        Assert.Matches("^[0-9]+$", first.Data);

        await participant.VotedAsync("A");

        var next = await stream.NextAsync();
        Assert.Equal("update", next.Event);
        Assert.True(long.Parse(next.Data, System.Globalization.CultureInfo.InvariantCulture) > long.Parse(first.Data, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_participant_stream_is_anonymous_and_sends_an_update_when_the_trainer_moves_on()
    {
        using var session = await _factory.RunningSessionAsync();
        using var participant = await _factory.JoinAsync(session.Code);

        using var stream = await EventStream.OpenAsync(participant.Client, $"/doe-mee/{session.Id}/updates");
        Assert.Equal("update", (await stream.NextAsync()).Event);

        await session.Trainer.AdvancedAsync(session.Id);

        Assert.Equal("update", (await stream.NextAsync()).Event);
    }

    [Fact]
    public async Task Only_a_trainer_opens_the_trainer_stream()
    {
        using var session = await _factory.RunningSessionAsync();
        using var participant = await _factory.JoinAsync(session.Code);
        using var professional = await _factory.SignedInAsync("Sanne de Vries");
        var url = new Uri($"/training/sessies/{session.Id}/updates", UriKind.Relative);

        using var anonymous = await participant.Client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/inloggen?terug=", anonymous.Headers.Location!.OriginalString, StringComparison.Ordinal);

        using var forbidden = await professional.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task A_browser_that_did_not_join_the_session_gets_no_stream_of_it()
    {
        using var session = await _factory.RunningSessionAsync();
        using var stranger = _factory.CookielessBrowser();

        using var response = await stranger.GetAsync(new Uri($"/doe-mee/{session.Id}/updates", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Another_trainer_gets_no_stream_of_the_session_as_if_it_did_not_exist()
    {
        using var session = await _factory.RunningSessionAsync();
        _factory.AddTrainer("Tessa Tweede");
        using var other = await _factory.SignedInAsync("Tessa Tweede");

        using var response = await other.GetAsync(new Uri($"/training/sessies/{session.Id}/updates", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_live_page_names_the_change_it_shows_so_a_change_before_the_stream_connects_is_fetched()
    {
        using var session = await _factory.RunningSessionAsync();
        using var participant = await _factory.JoinAsync(session.Code);
        var before = (await participant.PageAsync()).QuerySelector("[data-live-updates]")!.GetAttribute("data-live-version");

        await session.Trainer.AdvancedAsync(session.Id);

        using var stream = await EventStream.OpenAsync(participant.Client, $"/doe-mee/{session.Id}/updates");
        var first = await stream.NextAsync();
        Assert.NotEqual(before, first.Data);
        var after = (await participant.PageAsync()).QuerySelector("[data-live-updates]")!.GetAttribute("data-live-version");
        Assert.Equal(first.Data, after);
    }
}
