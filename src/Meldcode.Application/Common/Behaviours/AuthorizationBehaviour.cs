using System.Reflection;

namespace Meldcode.Application.Common.Behaviours;

/// <summary>
/// Deny by default: a request runs only when it declares who may send it and the current user fits
/// (a user without any role fits only requests marked <see cref="AllowWithoutRoleAttribute"/>), and every
/// object-level authorizer registered for it agrees.
/// </summary>
public sealed class AuthorizationBehaviour<TRequest, TResponse> : IPipelineBehavior<TRequest, TResponse>
{
    private readonly ICurrentUser _currentUser;
    private readonly IEnumerable<IResourceAuthorizer<TRequest>> _resourceAuthorizers;
    private readonly AuthorizationVerdicts _verdicts;

    public AuthorizationBehaviour(ICurrentUser currentUser, IEnumerable<IResourceAuthorizer<TRequest>> resourceAuthorizers, AuthorizationVerdicts verdicts)
    {
        _currentUser = currentUser;
        _resourceAuthorizers = resourceAuthorizers;
        _verdicts = verdicts;
    }

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (RequestRule.AllowsAnonymous)
        {
            return await next().ConfigureAwait(false);
        }

        try
        {
            await AuthorizeAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is ForbiddenAccessException or NotFoundException)
        {
            _verdicts.Refuse(request!); // for the access log: this user was turned away
            throw;
        }

        return await next().ConfigureAwait(false);
    }

    private async Task AuthorizeAsync(TRequest request, CancellationToken cancellationToken)
    {
        var rule = RequestRule.Authorize
            ?? throw new ForbiddenAccessException($"Request {typeof(TRequest).Name} declares no authorization rule.");

        if (_currentUser.UserId is not { } userId)
        {
            throw new ForbiddenAccessException("An anonymous user may not perform this request.");
        }

        if (rule.Roles.Count > 0 && !rule.Roles.Any(_currentUser.Roles.Contains))
        {
            throw new ForbiddenAccessException();
        }

        if (_currentUser.Roles.Count == 0 && !RequestRule.AllowsWithoutRole)
        {
            throw new ForbiddenAccessException("A user without any role (waiting for access) may not perform this request.");
        }

        foreach (var authorizer in _resourceAuthorizers)
        {
            if (!await authorizer.IsAllowedAsync(request, userId, cancellationToken).ConfigureAwait(false))
            {
                throw new ForbiddenAccessException();
            }
        }
    }

    /// <summary>The request type's declared rule, read from its attributes once per type instead of on every request.</summary>
    private static class RequestRule
    {
        public static readonly bool AllowsAnonymous = typeof(TRequest).GetCustomAttribute<AllowAnonymousRequestAttribute>() is not null;

        public static readonly AuthorizeAttribute? Authorize = typeof(TRequest).GetCustomAttribute<AuthorizeAttribute>();

        public static readonly bool AllowsWithoutRole = typeof(TRequest).GetCustomAttribute<AllowWithoutRoleAttribute>() is not null;
    }
}
