namespace Meldcode.Web.Security.OpenIdConnect;

/// <summary>What the person is told when signing in through the organisation does not work.</summary>
public enum SignInFailure
{
    /// <summary>Anything wrong with the callback or the tokens: "Inloggen lukt nu niet".</summary>
    Rejected,

    /// <summary>The provider cannot be reached or its configuration is unusable (503).</summary>
    ProviderUnavailable,

    /// <summary>The provider did not report a multi-factor sign-in while <c>RequireMfa</c> is on.</summary>
    MfaRequired,

    /// <summary>Verified, but Meldcode cannot let them in (no organisation to add them to).</summary>
    NoAccess,

    /// <summary>Verified, but their Meldcode account has been deactivated by the functioneel beheerder.</summary>
    Deactivated,
}

/// <summary>
/// Ends a sign-in attempt. The message is a short reason code for the security log (such as
/// <c>id-token:NonceMismatch</c>); it never holds tokens, codes, names or e-mail addresses.
/// </summary>
public sealed class SignInRefusedException : Exception
{
    public SignInRefusedException()
        : this(SignInFailure.Rejected, "refused")
    {
    }

    public SignInRefusedException(string message)
        : this(SignInFailure.Rejected, message)
    {
    }

    public SignInRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SignInRefusedException(SignInFailure failure, string reason)
        : base(reason)
    {
        Failure = failure;
    }

    public SignInFailure Failure { get; }
}
