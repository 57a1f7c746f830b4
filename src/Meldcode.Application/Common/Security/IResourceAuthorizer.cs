namespace Meldcode.Application.Common.Security;

/// <summary>
/// An object-level check for one request type ("may this user do this to this dossier?"). Every
/// registered authorizer for a request runs after the role check; any refusal denies the request.
/// </summary>
public interface IResourceAuthorizer<in TRequest>
{
    Task<bool> IsAllowedAsync(TRequest request, Guid userId, CancellationToken cancellationToken);
}
