using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Meldcode.Application.AccessLog;

/// <summary>
/// Writes the current user's lines: who (id, name, roles at this moment), when (<see cref="TimeProvider"/>), from
/// where and in which session. A read that the same user made of the same part of the same record within the last
/// minute (<see cref="AccessLogOptions.MergeReadsWithinSeconds"/>) is already in the log, and is not written again (<see cref="RecentReads"/>).
/// </summary>
public sealed class AccessLogWriter : IAccessLog
{
    private readonly CurrentUserContext _users;
    private readonly IAccessContext _access;
    private readonly IAccessLogStore _store;
    private readonly RecentReads _recentReads;
    private readonly TimeProvider _time;
    private readonly IApplicationDbContext _context;

    public AccessLogWriter(CurrentUserContext users, IAccessContext access, IAccessLogStore store, RecentReads recentReads, TimeProvider time, IApplicationDbContext context)
    {
        _context = context;
        _users = users;
        _access = access;
        _store = store;
        _recentReads = recentReads;
        _time = time;
    }

    public async Task WriteAsync(AccessRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (await _users.FindAsync(cancellationToken).ConfigureAwait(false) is not { } user)
        {
            return; // nobody signed in: the request was refused before it could reach any record
        }

        var now = _time.GetUtcNow();
        if (record is { Action: AccessAction.Read, Outcome: AccessOutcome.Allowed }
            && !_recentReads.IsFirstWithinTheWindow(user.UserId, record.Subject, record.SubjectId, record.Part, now))
        {
            return;
        }

        // The number is looked up only for a line that is written (a merged read costs no query).
        var number = record.SubjectNumber ?? (record.SubjectId is { } id ? await NumberOfAsync(record.Subject, id, cancellationToken).ConfigureAwait(false) : null);
        var roles = string.Join(',', user.Roles.Order().Select(r => r.ToString()));
        await _store.AppendAsync(
            new AccessLine(now, user.OrganisationId, user.UserId, user.Name, roles, record.Action, record.Subject, record.SubjectId, number, record.Part, record.Outcome, _access.ClientAddress, _access.SessionReference),
            CancellationToken.None) // a line about an access that happened is written even when the client went away
            .ConfigureAwait(false);
    }

    /// <summary>The record's number (null when it does not exist, as for an unknown id or a dossier just deleted).</summary>
    private Task<string?> NumberOfAsync(AccessSubject subject, Guid id, CancellationToken cancellationToken) => subject switch
    {
        AccessSubject.Dossier => _context.Dossiers.AsNoTracking().Where(d => d.Id == id).Select(d => d.Number).SingleOrDefaultAsync(cancellationToken),
        AccessSubject.StaffConcern => _context.StaffConcerns.AsNoTracking().Where(c => c.Id == id).Select(c => c.Number).SingleOrDefaultAsync(cancellationToken),
        _ => Task.FromResult<string?>(null),
    };
}

/// <summary>The access log's settings (section <c>AccessLog</c>).</summary>
public sealed class AccessLogOptions
{
    public const string SectionName = "AccessLog";

    /// <summary>
    /// Repeated reads of the same part of the same record by the same user within this many seconds are one line
    /// (NEN 7513 allows it; default 60). 0 writes a line for every read.
    /// </summary>
    public int MergeReadsWithinSeconds { get; set; } = 60;
}

/// <summary>Which reads were logged within the merge window, per user, record and part (this process only; another instance may log one more).</summary>
public sealed class RecentReads
{
    private const int SweepAbove = 10_000;

    private readonly ConcurrentDictionary<(Guid User, AccessSubject Subject, Guid? Id, string Part), DateTimeOffset> _logged = new();
    private readonly TimeSpan _window;

    public RecentReads(IOptions<AccessLogOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _window = TimeSpan.FromSeconds(Math.Max(0, options.Value.MergeReadsWithinSeconds));
    }

    /// <summary>True (and remembered) when no read of this part by this user was logged within the window before <paramref name="now"/>.</summary>
    public bool IsFirstWithinTheWindow(Guid userId, AccessSubject subject, Guid? subjectId, string part, DateTimeOffset now)
    {
        if (_window == TimeSpan.Zero)
        {
            return true;
        }

        var key = (userId, subject, subjectId, part);
        if (_logged.TryGetValue(key, out var at) && now - at < _window && now >= at)
        {
            return false;
        }

        _logged[key] = now;
        if (_logged.Count > SweepAbove)
        {
            foreach (var old in _logged.Where(pair => now - pair.Value >= _window).Select(pair => pair.Key).ToList())
            {
                _logged.TryRemove(old, out _);
            }
        }

        return true;
    }
}
