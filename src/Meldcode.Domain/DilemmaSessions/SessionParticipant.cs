using System.Security.Cryptography;

namespace Meldcode.Domain.DilemmaSessions;

/// <summary>
/// Someone who joined a session: no account, no name, no address — only a random token that their browser keeps for
/// this session. The database holds a hash of the token, so a copy of the database cannot be used to vote. The
/// token is linked to nothing else, and the hash is removed when the session ends.
/// </summary>
public sealed class SessionParticipant
{
    private const int TokenBytes = 32;

    private SessionParticipant()
    {
    }

    public Guid Id { get; private set; }

    public Guid SessionId { get; private set; }

    /// <summary>SHA-256 of the token, hex; null once the session ended.</summary>
    public string? TokenHash { get; private set; }

    /// <summary>A new participant of a session, and the token to give to their browser (shown only once).</summary>
    public static (SessionParticipant Participant, string Token) Join(Guid id, Guid sessionId)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(TokenBytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (new SessionParticipant { Id = id, SessionId = sessionId, TokenHash = HashOf(token) }, token);
    }

    /// <summary>The stored form of a token.</summary>
    public static string HashOf(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));
    }

    /// <summary>Forgets the token: after the session nobody can use it again, and the votes stay anonymous.</summary>
    public void Forget() => TokenHash = null;
}
