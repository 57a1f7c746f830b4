using Meldcode.Application.Authentication.Queries.GetSignInIdentity;

namespace Meldcode.Web.Security.OpenIdConnect;

/// <summary>
/// Stand-in until provisioning exists: Meldcode's users are not linked to provider identities yet (there is
/// no issuer + subject on a user), so nobody is let in. Deny by default; the refusal page says to ask the
/// functioneel beheerder.
/// </summary>
internal sealed class UnlinkedExternalSignIn : IExternalSignIn
{
    private readonly ILogger<UnlinkedExternalSignIn> _logger;

    public UnlinkedExternalSignIn(ILogger<UnlinkedExternalSignIn> logger)
    {
        _logger = logger;
    }

    public Task<SignInIdentity?> FindUserAsync(ExternalIdentity identity, CancellationToken cancellationToken)
    {
        _logger.LogWarning("A verified sign-in was refused: linking provider identities to Meldcode users (provisioning) is not implemented yet.");
        return Task.FromResult<SignInIdentity?>(null);
    }
}
