namespace Meldcode.Application.AccessLog;

/// <summary>
/// The access log as the use cases see it: one line for the current user about one record. The request pipeline
/// writes the lines for every request that declares <see cref="AccessLoggedAttribute"/>; a use case calls this
/// itself only for what the pipeline cannot see (what an export withheld, a deletion by the retention job).
/// The line is in the log when the call returns. Never call it inside an open write transaction: the log is
/// written on a connection of its own, which would wait for that transaction.
/// </summary>
public interface IAccessLog
{
    Task WriteAsync(AccessRecord record, CancellationToken cancellationToken);
}

/// <summary>What was accessed, how, and with what outcome; the writer adds who, when, from where and the session, and the record's number when it is not given.</summary>
public sealed record AccessRecord(AccessSubject Subject, Guid? SubjectId, string? SubjectNumber, string Part, AccessAction Action, AccessOutcome Outcome);

/// <summary>Where the current request comes from (a port: the web layer fills it from the HTTP request).</summary>
public interface IAccessContext
{
    /// <summary>The client's address as the trusted proxies report it, or the connection's address.</summary>
    string? ClientAddress { get; }

    /// <summary>A short, non-secret reference to the sign-in session (the same for every line of one session).</summary>
    string? SessionReference { get; }

    /// <summary>The page the request came from (its route, such as <c>dossiers/{id}/signaal</c>), when there is one.</summary>
    string? Page { get; }
}

/// <summary>Appends lines to the chained log, one at a time and in order (a port: the database adapter).</summary>
public interface IAccessLogStore
{
    Task AppendAsync(AccessLine line, CancellationToken cancellationToken);
}
