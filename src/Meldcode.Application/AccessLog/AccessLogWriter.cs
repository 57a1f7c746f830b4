using System.Collections.Concurrent;

namespace Meldcode.Application.AccessLog;

/// <summary>
/// Writes the current user's lines: who (id, name, roles at this moment), when (<see cref="TimeProvider"/>), from
/// where and in which session. A read that the same user made of the same part of the same record within the last
/// minute is already in the log, and is not written again (<see cref="RecentReads"/>).
/// </summary>
public sealed class AccessLogWriter : IAccessLog
{
    private readonly CurrentUserContext _users;
    private readonly IAccessContext _access;
    private readonly IAccessLogStore _store;
    private readonly RecentReads _recentReads;
    private readonly TimeProvider _time;

    public AccessLogWriter(CurrentUserContext users, IAccessContext access, IAccessLogStore store, RecentReads recentReads, TimeProvider time)
    {
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
            && !_recentReads.IsFirstWithinAMinute(user.UserId, record.Subject, record.SubjectId, record.Part, now))
        {
            return;
        }

        var roles = string.Join(',', user.Roles.Order().Select(r => r.ToString()));
        await _store.AppendAsync(
            new AccessLine(now, user.OrganisationId, user.UserId, user.Name, roles, record.Action, record.Subject, record.SubjectId, record.SubjectNumber, record.Part, record.Outcome, _access.ClientAddress, _access.SessionReference),
            CancellationToken.None) // a line about an access that happened is written even when the client went away
            .ConfigureAwait(false);
    }
}

/// <summary>Which reads were logged in the last minute, per user, record and part (this process only; another instance may log one more).</summary>
public sealed class RecentReads
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private const int SweepAbove = 10_000;

    private readonly ConcurrentDictionary<(Guid User, AccessSubject Subject, Guid? Id, string Part), DateTimeOffset> _logged = new();

    /// <summary>True (and remembered) when no read of this part by this user was logged within the minute before <paramref name="now"/>.</summary>
    public bool IsFirstWithinAMinute(Guid userId, AccessSubject subject, Guid? subjectId, string part, DateTimeOffset now)
    {
        var key = (userId, subject, subjectId, part);
        if (_logged.TryGetValue(key, out var at) && now - at < Window && now >= at)
        {
            return false;
        }

        _logged[key] = now;
        if (_logged.Count > SweepAbove)
        {
            foreach (var old in _logged.Where(pair => now - pair.Value >= Window).Select(pair => pair.Key).ToList())
            {
                _logged.TryRemove(old, out _);
            }
        }

        return true;
    }
}
