using System.Reflection;
using Meldcode.Application.Dossiers.Access;
using Meldcode.Application.StaffConcerns;

namespace Meldcode.Application.Common.Behaviours;

/// <summary>
/// Leaves a line in the access log for every request that declares <see cref="AccessLoggedAttribute"/>: allowed when
/// the use case ran, refused when the authorization step turned the user away. A request that fails validation or
/// loses a race accessed nothing new and leaves no line (its page was logged when it was read).
/// </summary>
public sealed class AccessLogBehaviour<TRequest, TResponse> : IPipelineBehavior<TRequest, TResponse>
{
    private readonly IAccessLog _log;
    private readonly IAccessContext _access;
    private readonly AuthorizationVerdicts _verdicts;

    public AccessLogBehaviour(IAccessLog log, IAccessContext access, AuthorizationVerdicts verdicts)
    {
        _log = log;
        _access = access;
        _verdicts = verdicts;
    }

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (Declared.Attribute is not { } logged)
        {
            return await next().ConfigureAwait(false);
        }

        TResponse response;
        try
        {
            response = await next().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is ForbiddenAccessException or NotFoundException && _verdicts.WasRefused(request!))
        {
            await WriteAsync(request, logged, SubjectOf(request, default), AccessOutcome.Refused, cancellationToken).ConfigureAwait(false);
            throw;
        }

        await WriteAsync(request, logged, SubjectOf(request, response), AccessOutcome.Allowed, cancellationToken).ConfigureAwait(false);
        return response;
    }

    private async Task WriteAsync(TRequest request, AccessLoggedAttribute logged, Guid? subjectId, AccessOutcome outcome, CancellationToken cancellationToken)
    {
        var part = (request as IDescribesAccessPart)?.AccessPart ?? logged.Part ?? _access.Page ?? typeof(TRequest).Name;
        await _log.WriteAsync(new AccessRecord(logged.Subject, subjectId, null, part, logged.Action, outcome), cancellationToken).ConfigureAwait(false);
    }

    private static Guid? SubjectOf(TRequest request, TResponse? response) => request switch
    {
        IDossierRequest dossier => dossier.DossierId,
        IStaffConcernRequest concern => concern.Id,
        _ when response is Guid created => created,
        _ => null,
    };

    private static class Declared
    {
        public static readonly AccessLoggedAttribute? Attribute = typeof(TRequest).GetCustomAttribute<AccessLoggedAttribute>();
    }
}

/// <summary>Which requests of this unit of work the authorization step refused (so a refusal is told apart from a use case's own "not found").</summary>
public sealed class AuthorizationVerdicts
{
    private readonly HashSet<object> _refused = new(ReferenceEqualityComparer.Instance);

    public void Refuse(object request) => _refused.Add(request);

    public bool WasRefused(object request) => _refused.Contains(request);
}
