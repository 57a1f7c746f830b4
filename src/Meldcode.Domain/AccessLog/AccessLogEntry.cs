using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Meldcode.Domain.AccessLog;

/// <summary>
/// One line of the access log: who did what with which record, when, from where, and whether it was allowed. It
/// names no child and holds no content: a record is named by its id and number only. Written once, never changed
/// or removed (the database refuses both), and chained: <see cref="Hash"/> covers the line's content and the
/// previous line's hash, so a changed, removed or inserted line breaks the chain (<see cref="AccessLogVerifier"/>).
/// </summary>
public sealed class AccessLogEntry
{
    public const int NameMaxLength = 200;
    public const int RolesMaxLength = 200;
    public const int NumberMaxLength = 40;
    public const int PartMaxLength = 100;
    public const int AddressMaxLength = 64;
    public const int SessionReferenceMaxLength = 16;
    public const int HashLength = 64;

    /// <summary>The previous hash of the first line.</summary>
    public static readonly string GenesisHash = new('0', HashLength);

    private AccessLogEntry()
    {
        UserName = Roles = Part = PreviousHash = Hash = string.Empty;
    }

    /// <summary>The line's place in the chain: 1, 2, 3, … without gaps.</summary>
    public long Sequence { get; private set; }

    /// <summary>When, in UTC to the second.</summary>
    public DateTimeOffset At { get; private set; }

    public Guid OrganisationId { get; private set; }

    public Guid UserId { get; private set; }

    /// <summary>The user's name at that moment.</summary>
    public string UserName { get; private set; }

    /// <summary>The user's roles at that moment, as their codes separated by commas (<c>Professional,SafeguardingLead</c>).</summary>
    public string Roles { get; private set; }

    public AccessAction Action { get; private set; }

    public AccessSubject Subject { get; private set; }

    /// <summary>The record's id; null only when the log itself was read.</summary>
    public Guid? SubjectId { get; private set; }

    /// <summary>The record's number (<c>2026-0042</c>), when the record exists.</summary>
    public string? SubjectNumber { get; private set; }

    /// <summary>Which part: the page or the document (Dutch, as the privacy officer reads it).</summary>
    public string Part { get; private set; }

    public AccessOutcome Outcome { get; private set; }

    /// <summary>The client's address as reported by the trusted proxies, if known.</summary>
    public string? ClientAddress { get; private set; }

    /// <summary>A short reference that links the lines of one sign-in session without revealing the session.</summary>
    public string? SessionReference { get; private set; }

    public string PreviousHash { get; private set; }

    public string Hash { get; private set; }

    /// <summary>The next line of the chain after the line with <paramref name="previousSequence"/> and <paramref name="previousHash"/> (0 and <see cref="GenesisHash"/> for the first).</summary>
    public static AccessLogEntry Append(long previousSequence, string previousHash, AccessLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentException.ThrowIfNullOrEmpty(previousHash);
        var entry = new AccessLogEntry
        {
            Sequence = previousSequence + 1,
            At = TruncateToSecond(line.At),
            OrganisationId = line.OrganisationId,
            UserId = line.UserId,
            UserName = Clip(line.UserName, NameMaxLength),
            Roles = Clip(line.Roles, RolesMaxLength),
            Action = Defined(line.Action),
            Subject = Defined(line.Subject),
            SubjectId = line.SubjectId,
            SubjectNumber = line.SubjectNumber is null ? null : Clip(line.SubjectNumber, NumberMaxLength),
            Part = Clip(line.Part, PartMaxLength),
            Outcome = Defined(line.Outcome),
            ClientAddress = line.ClientAddress is null ? null : Clip(line.ClientAddress, AddressMaxLength),
            SessionReference = line.SessionReference is null ? null : Clip(line.SessionReference, SessionReferenceMaxLength),
            PreviousHash = previousHash,
        };
        entry.Hash = entry.ComputeHash();
        return entry;
    }

    /// <summary>The hash this line should carry, computed afresh from its content and <see cref="PreviousHash"/>.</summary>
    public string ComputeHash()
    {
        var canonical = string.Join(
            '\n',
            Sequence.ToString(CultureInfo.InvariantCulture),
            At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            OrganisationId.ToString("D"),
            UserId.ToString("D"),
            Escape(UserName),
            Escape(Roles),
            ((int)Action).ToString(CultureInfo.InvariantCulture),
            ((int)Subject).ToString(CultureInfo.InvariantCulture),
            SubjectId?.ToString("D") ?? string.Empty,
            Escape(SubjectNumber ?? string.Empty),
            Escape(Part),
            ((int)Outcome).ToString(CultureInfo.InvariantCulture),
            Escape(ClientAddress ?? string.Empty),
            Escape(SessionReference ?? string.Empty),
            PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    private static DateTimeOffset TruncateToSecond(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }

    private static string Clip(string text, int max)
    {
        var trimmed = text.Trim();
        return trimmed.Length > max ? trimmed[..max] : trimmed;
    }

    /// <summary>Keeps the fields apart in the hashed text, whatever they contain.</summary>
    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private static T Defined<T>(T value)
        where T : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(value), value, null);
}

/// <summary>What one line of the access log says, before it takes its place in the chain.</summary>
public sealed record AccessLine(
    DateTimeOffset At,
    Guid OrganisationId,
    Guid UserId,
    string UserName,
    string Roles,
    AccessAction Action,
    AccessSubject Subject,
    Guid? SubjectId,
    string? SubjectNumber,
    string Part,
    AccessOutcome Outcome,
    string? ClientAddress,
    string? SessionReference);
