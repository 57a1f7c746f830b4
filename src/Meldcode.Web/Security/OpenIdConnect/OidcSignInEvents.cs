using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OAuth;

namespace Meldcode.Web.Security.OpenIdConnect;

/// <summary>
/// Every way a callback can fail — forged or replayed state, a missing correlation cookie, an error from the
/// provider, a refused token, no access — ends on a Dutch page, with a reason code in the log and nothing
/// else: no exception page, no provider message, no token.
/// </summary>
internal sealed class OidcSignInEvents : OAuthEvents
{
    private readonly ILogger<OidcSignInEvents> _logger;

    public OidcSignInEvents(ILogger<OidcSignInEvents> logger)
    {
        _logger = logger;
    }

    public override Task RemoteFailure(RemoteFailureContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (failure, reason) = Classify(context.Failure);
        _logger.LogWarning("Sign-in through the identity provider failed: {Reason}.", reason);
        context.Response.Redirect(OrganisationSignIn.FailurePath(failure));
        context.HandleResponse();
        return Task.CompletedTask;
    }

    private static (SignInFailure Failure, string Reason) Classify(Exception? exception) => exception switch
    {
        SignInRefusedException refused => (refused.Failure, refused.Message),
        { Message: "Correlation failed." } => (SignInFailure.Rejected, "correlation-failed"),
        { Message: "The oauth state was missing or invalid." } => (SignInFailure.Rejected, "state-invalid"),
        { Message: "Code was not found." } => (SignInFailure.Rejected, "code-missing"),
        { Message: "Failed to retrieve access token." } => (SignInFailure.Rejected, "access-token-missing"),
        not null when exception.Data["error"] is string { Length: > 0 } error => (SignInFailure.Rejected, "provider-error:" + OrganisationSignIn.ProtocolCode(error)),
        _ => (SignInFailure.Rejected, "callback-rejected"),
    };
}
