using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Meldcode.Infrastructure.Persistence;

/// <summary>
/// Ready means: the database answers, its schema is up to date, the data folder can be written (a small probe file is
/// written and removed), no storage failure was seen in the last few minutes, and its disk has room left. A full or
/// read-only data folder, or a recent failure to save, is Unhealthy; a lock that outlasted the busy timeout, or little
/// free space, is Degraded. The description says which, and where. With PostgreSQL the data folder and disk checks are
/// left out (the database is on the server); a server that cannot be reached is Unhealthy, until it answers again.
/// </summary>
public sealed class DatabaseReadinessCheck : IHealthCheck
{
    /// <summary>How long a storage failure keeps the check from reporting Healthy.</summary>
    public static readonly TimeSpan FailureMemory = TimeSpan.FromMinutes(5);

    private const string ProbeFileName = ".meldcode-write-probe";

    private readonly ApplicationDbContext _context;
    private readonly DatabaseTarget _target;
    private readonly DataFolder _folder;
    private readonly StorageHealth _health;
    private readonly TimeProvider _clock;
    private readonly StorageOptions _options;

    public DatabaseReadinessCheck(ApplicationDbContext context, DatabaseTarget target, DataFolder folder, StorageHealth health, TimeProvider clock, IOptions<StorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _context = context;
        _target = target;
        _folder = folder;
        _health = health;
        _clock = clock;
        _options = options.Value;
    }

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        // The data folder holds the database only with SQLite; a PostgreSQL server's disk is its own operator's to watch.
        if (!_target.IsPostgreSql && await WriteProbeFailureAsync(cancellationToken).ConfigureAwait(false) is { } unwritable)
        {
            return HealthCheckResult.Unhealthy(unwritable);
        }

        try
        {
            if (!await _context.Database.CanConnectAsync(cancellationToken).ConfigureAwait(false))
            {
                return HealthCheckResult.Unhealthy("The database cannot be reached.");
            }

            var pending = await _context.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false);
            if (pending.Any())
            {
                return HealthCheckResult.Unhealthy("The database has pending migrations.");
            }
        }
        catch (Exception exception) when (StorageFailures.Classify(exception) is { } failure)
        {
            _health.Report(failure);
            return HealthCheckResult.Unhealthy($"{StorageHealth.Describe(failure, _target.Provider)} ({_health.Where}).");
        }

        if (_health.Last is { } last && _clock.GetUtcNow() - last.At < FailureMemory)
        {
            var description = $"{StorageHealth.Describe(last.Failure, _target.Provider)} ({_health.Where}); last seen at {last.At.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}.";
            return last.Failure.IsTemporary() ? HealthCheckResult.Degraded(description) : HealthCheckResult.Unhealthy(description);
        }

        if (!_target.IsPostgreSql && FreeSpaceWarning() is { } lowOnSpace)
        {
            return HealthCheckResult.Degraded(lowOnSpace);
        }

        return HealthCheckResult.Healthy(_target.IsPostgreSql
            ? "The database is reachable and up to date."
            : "The database is reachable and up to date; the data folder can be written.");
    }

    /// <summary>Writes and removes a small file in the data folder; says what is wrong when that fails.</summary>
    private async Task<string?> WriteProbeFailureAsync(CancellationToken cancellationToken)
    {
        var probe = Path.Combine(_folder.FullPath, ProbeFileName);
        try
        {
            await File.WriteAllBytesAsync(probe, new byte[4096], cancellationToken).ConfigureAwait(false);
            File.Delete(probe);
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var failure = exception is UnauthorizedAccessException || exception.HResult == ReadOnlyFileSystem ? StorageFailure.ReadOnly
                : exception.HResult == NoSpaceLeft ? StorageFailure.Full
                : StorageFailure.InputOutput;
            _health.Report(failure);
            return $"{StorageHealth.Describe(failure)}: a test file could not be written in the data folder {_folder.FullPath}.";
        }
    }

    /// <summary>ENOSPC and EROFS as .NET reports them in an IOException's HResult on Unix.</summary>
    private const int NoSpaceLeft = 28;

    private const int ReadOnlyFileSystem = 30;

    private string? FreeSpaceWarning()
    {
        if (_options.MinimumFreeMegabytes <= 0)
        {
            return null;
        }

        try
        {
            var free = new DriveInfo(_folder.FullPath).AvailableFreeSpace / (1024 * 1024);
            return free < _options.MinimumFreeMegabytes
                ? $"Only {free} MB is free on the disk of the data folder {_folder.FullPath} (Storage:MinimumFreeMegabytes is {_options.MinimumFreeMegabytes})."
                : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }
}
