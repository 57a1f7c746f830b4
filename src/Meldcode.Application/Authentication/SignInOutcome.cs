using Meldcode.Domain.Users;

namespace Meldcode.Application.Authentication;

/// <summary>The identity to put in the session: the user's identifier, name and roles, and the server-side session it belongs to.</summary>
public sealed record SignInIdentity(Guid UserId, string DisplayName, IReadOnlySet<Role> Roles, Guid SessionId);

/// <summary>Why a sign-in is refused.</summary>
public enum SignInRefusal
{
    /// <summary>The user exists but has been deactivated by the functioneel beheerder.</summary>
    Deactivated = 1,

    /// <summary>A new person cannot be added: the installation does not have exactly one organisation (an operator's matter).</summary>
    NoOrganisation = 2,
}

/// <summary>Either an identity to sign in, or why sign-in is refused.</summary>
public sealed record SignInOutcome(SignInIdentity? Identity, SignInRefusal? Refusal)
{
    public static SignInOutcome Allowed(SignInIdentity identity) => new(identity, null);

    public static SignInOutcome Refused(SignInRefusal refusal) => new(null, refusal);

    /// <summary>The refusal in Dutch, for the person signing in.</summary>
    public string? RefusalReason => Refusal switch
    {
        null => null,
        SignInRefusal.Deactivated => "Dit account is gedeactiveerd. Vraag de functioneel beheerder om toegang.",
        _ => "Je kunt nu niet worden toegevoegd aan Meldcode. Vraag de functioneel beheerder om hulp.",
    };
}
