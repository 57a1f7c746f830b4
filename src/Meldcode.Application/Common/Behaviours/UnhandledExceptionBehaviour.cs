using Microsoft.Extensions.Logging;

namespace Meldcode.Application.Common.Behaviours;

/// <summary>
/// Logs requests that fail unexpectedly. Only the request's type name is logged, never its content:
/// requests carry personal data. Expected outcomes (validation, not found, forbidden, broken rules)
/// are not errors and are left to the caller; nor is storage that is unavailable (locked, full, read-only), which the
/// Infrastructure layer has already logged in one plain line.
/// </summary>
public sealed class UnhandledExceptionBehaviour<TRequest, TResponse> : IPipelineBehavior<TRequest, TResponse>
{
    private readonly ILogger<UnhandledExceptionBehaviour<TRequest, TResponse>> _logger;

    public UnhandledExceptionBehaviour(ILogger<UnhandledExceptionBehaviour<TRequest, TResponse>> logger)
    {
        _logger = logger;
    }

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next().ConfigureAwait(false);
        }
        catch (Exception exception) when (!IsExpected(exception))
        {
            _logger.LogError(exception, "Request {RequestName} failed unexpectedly", typeof(TRequest).Name);
            throw;
        }
    }

    private static bool IsExpected(Exception exception) =>
        exception is ValidationException or NotFoundException or ForbiddenAccessException or ConcurrencyConflictException or DomainException or OperationCanceledException
            or StorageUnavailableException;
}
