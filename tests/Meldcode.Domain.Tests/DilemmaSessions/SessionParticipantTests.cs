using System.Security.Cryptography;
using System.Text;
using Meldcode.Domain.DilemmaSessions;

namespace Meldcode.Domain.Tests.DilemmaSessions;

public sealed class SessionParticipantTests
{
    [Fact]
    public void Joining_gives_a_participant_of_the_session_and_a_token()
    {
        var (id, sessionId) = (Guid.NewGuid(), Guid.NewGuid());

        var (participant, token) = SessionParticipant.Join(id, sessionId);

        Assert.Equal(id, participant.Id);
        Assert.Equal(sessionId, participant.SessionId);
        Assert.False(string.IsNullOrEmpty(token));
    }

    [Fact]
    public void A_token_is_url_safe_and_carries_256_random_bits()
    {
        var (_, token) = SessionParticipant.Join(Guid.NewGuid(), Guid.NewGuid());

        Assert.Equal(43, token.Length);
        Assert.All(token, c => Assert.True(char.IsAsciiLetterOrDigit(c) || c is '-' or '_', $"'{c}' is not URL safe"));
    }

    [Fact]
    public void Every_participant_gets_another_token()
    {
        var sessionId = Guid.NewGuid();

        var tokens = Enumerable.Range(0, 200).Select(_ => SessionParticipant.Join(Guid.NewGuid(), sessionId).Token).ToArray();

        Assert.Equal(tokens.Length, tokens.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_stored_hash_is_the_SHA256_of_the_token_in_hex_and_not_the_token()
    {
        var (participant, token) = SessionParticipant.Join(Guid.NewGuid(), Guid.NewGuid());

        var expected = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
        Assert.Equal(expected, participant.TokenHash);
        Assert.Equal(64, participant.TokenHash!.Length);
        Assert.True(participant.TokenHash.All(Uri.IsHexDigit));
        Assert.NotEqual(token, participant.TokenHash);
        Assert.DoesNotContain(token, participant.TokenHash, StringComparison.Ordinal);
    }

    [Fact]
    public void The_hash_of_a_token_is_always_the_same_and_differs_per_token()
    {
        Assert.Equal(SessionParticipant.HashOf("abc"), SessionParticipant.HashOf("abc"));
        Assert.Equal("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD", SessionParticipant.HashOf("abc"));
        Assert.NotEqual(SessionParticipant.HashOf("abc"), SessionParticipant.HashOf("abd"));
        Assert.Throws<ArgumentNullException>(() => SessionParticipant.HashOf(null!));
    }

    [Fact]
    public void Forgetting_removes_the_hash_so_the_token_no_longer_matches()
    {
        var (participant, token) = SessionParticipant.Join(Guid.NewGuid(), Guid.NewGuid());

        participant.Forget();

        Assert.Null(participant.TokenHash);
        Assert.NotEqual(SessionParticipant.HashOf(token), participant.TokenHash);
    }
}
