using Meldcode.Domain.Users;

namespace Meldcode.Application.AccessLog;

/// <summary>
/// Which lines of the organisation's access log the privacy officer looks at: one dossier or staff-member record (by
/// its number), one employee, a period (Dutch dates, both ends included). Any part may be left open. Refused attempts
/// come first, then the newest.
/// </summary>
public sealed record AccessLogFilter(string? Number = null, Guid? UserId = null, DateOnly? From = null, DateOnly? To = null)
{
    public const int NumberMaxLength = AccessLogEntry.NumberMaxLength;

    public IQueryable<AccessLogEntry> Apply(IQueryable<AccessLogEntry> lines, Guid organisationId)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var query = lines.Where(e => e.OrganisationId == organisationId);
        if (!string.IsNullOrWhiteSpace(Number))
        {
            var number = Number.Trim();
            query = query.Where(e => e.SubjectNumber == number);
        }

        if (UserId is { } userId)
        {
            query = query.Where(e => e.UserId == userId);
        }

        if (From is { } from)
        {
            var start = DutchTime.StartOf(from);
            query = query.Where(e => e.At >= start);
        }

        if (To is { } to)
        {
            var end = DutchTime.StartOf(to.AddDays(1));
            query = query.Where(e => e.At < end);
        }

        return query.OrderBy(e => e.Outcome == AccessOutcome.Refused ? 0 : 1).ThenByDescending(e => e.Sequence);
    }

    /// <summary>What the privacy officer looked at, for the log's own line about reading it.</summary>
    public string Describe()
    {
        var parts = new List<string> { "Toegangslog" };
        if (!string.IsNullOrWhiteSpace(Number))
        {
            parts.Add($"nummer {Number.Trim()}");
        }

        if (UserId is not null)
        {
            parts.Add("één medewerker");
        }

        if (From is not null || To is not null)
        {
            parts.Add($"periode {From?.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "…"} t/m {To?.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "…"}");
        }

        var text = string.Join(", ", parts);
        return text.Length > AccessLogEntry.PartMaxLength ? text[..AccessLogEntry.PartMaxLength] : text;
    }
}

/// <summary>The filter's shape: a number as Meldcode writes them, a period that runs forward.</summary>
internal static class AccessLogFilterRules
{
    public static void Filter<T>(this AbstractValidator<T> validator, Func<T, AccessLogFilter> filter)
    {
        validator.RuleFor(q => filter(q).Number)
            .MaximumLength(AccessLogFilter.NumberMaxLength).WithMessage($"Een dossiernummer is hoogstens {AccessLogFilter.NumberMaxLength} tekens lang.")
            .OverridePropertyName("Number");
        validator.RuleFor(q => filter(q))
            .Must(f => f.From is null || f.To is null || f.From <= f.To)
            .WithMessage("De einddatum ligt vóór de begindatum. Kies een einddatum op of na de begindatum.")
            .OverridePropertyName("To");
    }
}

/// <summary>One line as the privacy officer reads it.</summary>
public sealed record AccessLogLine(
    long Sequence,
    DateTimeOffset At,
    Guid UserId,
    string UserName,
    IReadOnlyList<Role> Roles,
    AccessAction Action,
    AccessSubject Subject,
    string? Number,
    string Part,
    AccessOutcome Outcome,
    string? ClientAddress,
    string? SessionReference,
    string Hash)
{
    internal static readonly System.Linq.Expressions.Expression<Func<AccessLogEntry, AccessLogRow>> Row = e =>
        new AccessLogRow(e.Sequence, e.At, e.UserId, e.UserName, e.Roles, e.Action, e.Subject, e.SubjectNumber, e.Part, e.Outcome, e.ClientAddress, e.SessionReference, e.Hash);

    internal static AccessLogLine Of(AccessLogRow row) => new(
        row.Sequence,
        row.At,
        row.UserId,
        row.UserName,
        row.Roles.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(r => Enum.TryParse<Role>(r, out var role) ? role : (Role?)null).OfType<Role>().ToList(),
        row.Action,
        row.Subject,
        row.Number,
        row.Part,
        row.Outcome,
        row.ClientAddress,
        row.SessionReference,
        row.Hash);
}

internal sealed record AccessLogRow(long Sequence, DateTimeOffset At, Guid UserId, string UserName, string Roles, AccessAction Action, AccessSubject Subject, string? Number, string Part, AccessOutcome Outcome, string? ClientAddress, string? SessionReference, string Hash);
