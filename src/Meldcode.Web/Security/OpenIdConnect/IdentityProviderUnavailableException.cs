namespace Meldcode.Web.Security.OpenIdConnect;

/// <summary>
/// The provider's discovery document or keys could not be fetched or are unusable. The message is an
/// English sentence for the operator's log and never contains tokens or personal data; users see the
/// Dutch "Inloggen lukt nu niet" page.
/// </summary>
public sealed class IdentityProviderUnavailableException : Exception
{
    public IdentityProviderUnavailableException()
    {
    }

    public IdentityProviderUnavailableException(string message)
        : base(message)
    {
    }

    public IdentityProviderUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
