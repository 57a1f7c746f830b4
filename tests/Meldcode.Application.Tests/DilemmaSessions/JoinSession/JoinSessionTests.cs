using FluentValidation;
using Meldcode.Application.DilemmaSessions;
using Meldcode.Application.DilemmaSessions.JoinSession;
using Meldcode.Application.Tests.DilemmaSessions.Support;
using Meldcode.Domain.DilemmaSessions;
using NSubstitute;

namespace Meldcode.Application.Tests.DilemmaSessions.JoinSession;

/// <summary>Anyone joins a running session with its six digits, and gets a token for that session only.</summary>
public sealed class JoinSessionTests : DilemmaSessionTest
{
    [Fact]
    public async Task Joining_gives_a_token_of_which_only_the_hash_is_stored()
    {
        var session = await Sessions.RunAsync();
        Host.SessionSignals.ClearReceivedCalls();

        var joined = await Sessions.AnonymouslyAsync(new JoinSessionCommand(session.Code));

        Assert.Equal(session.Id, joined.SessionId);
        Assert.True(joined.Token.Length >= 40);
        var participant = Assert.Single(await ParticipantsAsync(session.Id));
        Assert.Equal(SessionParticipant.HashOf(joined.Token), participant.TokenHash);
        Assert.NotEqual(joined.Token, participant.TokenHash);
        Host.SessionSignals.Received(1).CountsChanged(session.Id);
    }

    [Theory]
    [InlineData("{0} {1}")]
    [InlineData(" {0}-{1} ")]
    [InlineData("{0}\t{1}")]
    public async Task A_code_typed_with_spaces_or_a_dash_works(string format)
    {
        var session = await Sessions.RunAsync();

        var joined = await Sessions.AnonymouslyAsync(new JoinSessionCommand(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, session.Code[..3], session.Code[3..])));

        Assert.Equal(session.Id, joined.SessionId);
    }

    [Fact]
    public async Task A_wrong_code_is_refused_in_Dutch()
    {
        var session = await Sessions.RunAsync();
        var wrong = ((int.Parse(session.Code, System.Globalization.CultureInfo.InvariantCulture) + 1) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

        var refused = await Assert.ThrowsAsync<DomainException>(() => Sessions.AnonymouslyAsync(new JoinSessionCommand(wrong)));

        Assert.Equal(JoinCodes.UnknownMessage, refused.Message);
        Assert.Empty(await ParticipantsAsync(session.Id));
    }

    [Fact]
    public async Task The_code_of_an_ended_session_is_refused_in_Dutch()
    {
        var session = await Sessions.RunAsync();
        await Sessions.EndAsync(session.Id);

        var refused = await Assert.ThrowsAsync<DomainException>(() => Sessions.AnonymouslyAsync(new JoinSessionCommand(session.Code)));

        Assert.Equal(JoinCodes.UnknownMessage, refused.Message);
        Assert.Empty(await ParticipantsAsync(session.Id));
    }

    [Fact]
    public async Task The_code_of_a_session_past_its_24_hours_is_refused_even_before_the_housekeeping_ended_it()
    {
        var session = await Sessions.RunAsync();
        Clock.Advance(TimeSpan.FromHours(24));

        var refused = await Assert.ThrowsAsync<DomainException>(() => Sessions.AnonymouslyAsync(new JoinSessionCommand(session.Code)));

        Assert.Equal(JoinCodes.UnknownMessage, refused.Message);
        Assert.Empty(await ParticipantsAsync(session.Id));
    }

    [Theory]
    [InlineData(null, "Vul de code van de sessie in.")]
    [InlineData("   ", "Vul de code van de sessie in.")]
    [InlineData("12345", "De code bestaat uit 6 cijfers, zoals 123 456.")]
    [InlineData("1234567", "De code bestaat uit 6 cijfers, zoals 123 456.")]
    [InlineData("abc def", "De code bestaat uit 6 cijfers, zoals 123 456.")]
    [InlineData("12345a", "De code bestaat uit 6 cijfers, zoals 123 456.")]
    [InlineData("١٢٣٤٥٦", "De code bestaat uit 6 cijfers, zoals 123 456.")]
    public async Task A_code_that_is_not_six_digits_is_refused_in_Dutch(string? code, string message)
    {
        var refused = await Assert.ThrowsAsync<ValidationException>(() => Sessions.AnonymouslyAsync(new JoinSessionCommand(code)));

        Assert.Equal([message], refused.Errors.Select(e => e.ErrorMessage));
    }
}
