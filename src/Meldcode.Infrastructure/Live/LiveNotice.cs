using System.Globalization;

namespace Meldcode.Infrastructure.Live;

/// <summary>What changed: the stage (every screen) or only the counts (the trainer's screens).</summary>
public enum LiveChange
{
    Stage,
    Counts,
}

/// <summary>
/// One notification on the PostgreSQL channel <see cref="Channel"/>: which instance sends it, what changed and in which
/// session, as <c>instance:kind:session</c>. Identifiers only, never a vote, a text or a person.
/// </summary>
public readonly record struct LiveNotice(string Instance, LiveChange Change, Guid SessionId)
{
    /// <summary>The channel every instance listens on.</summary>
    public const string Channel = "meldcode_live";

    public string Payload => string.Create(CultureInfo.InvariantCulture, $"{Instance}:{(Change == LiveChange.Stage ? "stage" : "counts")}:{SessionId:N}");

    /// <summary>A payload as <see cref="Payload"/> writes it, or false for anything else.</summary>
    public static bool TryParse(string? payload, out LiveNotice notice)
    {
        notice = default;
        var parts = payload?.Split(':');
        if (parts is not [{ Length: > 0 } instance, var kind, var session] || !Guid.TryParseExact(session, "N", out var sessionId))
        {
            return false;
        }

        LiveChange? change = kind switch
        {
            "stage" => LiveChange.Stage,
            "counts" => LiveChange.Counts,
            _ => null,
        };
        if (change is null)
        {
            return false;
        }

        notice = new LiveNotice(instance, change.Value, sessionId);
        return true;
    }
}
