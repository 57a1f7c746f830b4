using MediatR;
using Meldcode.Application.Common.Exceptions;

namespace Meldcode.Infrastructure.Persistence;

/// <summary>
/// The innermost step of every use case: a storage failure from SQLite (locked, full, read-only, I/O error, cannot
/// open) becomes the Application's <see cref="StorageUnavailableException"/>, which the web layer shows on the same
/// form with the input kept; it is recorded for the readiness check and logged once, in plain words. The failed save
/// changed nothing: SQLite rolled its transaction back.
/// </summary>
public sealed class StorageFailureBehaviour<TRequest, TResponse> : IPipelineBehavior<TRequest, TResponse>
{
    private readonly StorageHealth _health;

    public StorageFailureBehaviour(StorageHealth health)
    {
        _health = health;
    }

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next().ConfigureAwait(false);
        }
        catch (Exception exception) when (StorageFailures.Classify(exception) is { } failure)
        {
            _health.Report(failure);
            throw new StorageUnavailableException(failure.IsTemporary(), exception);
        }
    }
}
