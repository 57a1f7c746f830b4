using Microsoft.Extensions.Logging;

namespace Meldcode.Infrastructure.Persistence;

/// <summary>
/// Remembers the last storage failure (for the readiness check) and says in the technical log, in one plain line, what
/// is wrong and where: no stack trace, no personal data. The same failure is logged at most once a minute, so a full
/// disk does not flood the log with one line per request.
/// </summary>
public sealed partial class StorageHealth
{
    private static readonly TimeSpan RepeatAfter = TimeSpan.FromMinutes(1);

    private readonly DatabaseTarget _target;
    private readonly DataFolder _folder;
    private readonly TimeProvider _clock;
    private readonly ILogger<StorageHealth> _logger;
    private readonly SqlitePragmaInterceptor _pragmas;
    private readonly Lock _gate = new();
    private readonly Dictionary<StorageFailure, DateTimeOffset> _lastLogged = [];
    private (StorageFailure Failure, DateTimeOffset At)? _last;

    public StorageHealth(DatabaseTarget target, DataFolder folder, TimeProvider clock, ILogger<StorageHealth> logger, SqlitePragmaInterceptor pragmas)
    {
        _target = target;
        _folder = folder;
        _clock = clock;
        _logger = logger;
        _pragmas = pragmas;
    }

    /// <summary>The last storage failure and when it happened, or null when there was none since the start.</summary>
    public (StorageFailure Failure, DateTimeOffset At)? Last
    {
        get
        {
            lock (_gate)
            {
                return _last;
            }
        }
    }

    /// <summary>Records a failure and logs it (once a minute per kind).</summary>
    public void Report(StorageFailure failure)
    {
        var now = _clock.GetUtcNow();
        lock (_gate)
        {
            _last = (failure, now);
            if (_lastLogged.TryGetValue(failure, out var logged) && now - logged < RepeatAfter)
            {
                return;
            }

            _lastLogged[failure] = now;
        }

        switch (failure)
        {
            case StorageFailure.Locked:
                LogLocked(_logger, _target.IsPostgreSql ? _target.Describe() : _folder.DatabasePath, _pragmas.BusyTimeoutSeconds);
                break;
            default:
                LogBroken(_logger, Describe(failure, _target.Provider), Where);
                break;
        }
    }

    /// <summary>Where the data is, for an operator: the data folder of SQLite, or the PostgreSQL server and database (no password).</summary>
    public string Where => _target.IsPostgreSql ? _target.Describe() : $"data folder {_folder.FullPath}";

    /// <summary>What is wrong, in plain words (for the log and the readiness check).</summary>
    public static string Describe(StorageFailure failure, DatabaseProvider provider = DatabaseProvider.Sqlite) => provider == DatabaseProvider.PostgreSql
        ? failure switch
        {
            StorageFailure.Locked => "A lock on the database was held elsewhere for longer than the lock timeout (or a deadlock was broken)",
            StorageFailure.Full => "The disk of the database server is full",
            StorageFailure.ReadOnly => "The database server accepts no changes (a read-only standby, or read-only transactions)",
            StorageFailure.InputOutput => "The database server reported an I/O error or damaged data",
            StorageFailure.Unreachable => "The database server cannot be reached or has no connection to spare",
            _ => "The database server refused the user or password, or the database does not exist",
        }
        : failure switch
    {
        StorageFailure.Locked => "The database was locked by another process for longer than the busy timeout",
        StorageFailure.Full => "The disk of the data folder is full",
        StorageFailure.ReadOnly => "The data folder or the database file is read-only",
        StorageFailure.InputOutput => "The disk of the data folder gave an I/O error",
        _ => "The database file in the data folder cannot be opened or created",
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database {Database} was locked by another process for longer than the busy timeout of {Seconds} s; a request was refused with 'probeer het zo opnieuw'. Nothing was saved.")]
    private static partial void LogLocked(ILogger logger, string database, int seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Problem}: {Where}. Saves are refused until this is fixed; users keep their input on the form.")]
    private static partial void LogBroken(ILogger logger, string problem, string where);
}
