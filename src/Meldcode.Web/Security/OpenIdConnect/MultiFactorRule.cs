namespace Meldcode.Web.Security.OpenIdConnect;

/// <summary>
/// When <c>RequireMfa</c> is on, whether the provider says the person proved who they are with more than
/// one factor. The rule (also in docs/operations.md):
/// <list type="number">
/// <item><c>acr</c> is one of the configured <c>MfaAcrValues</c>; or</item>
/// <item><c>amr</c> contains <c>mfa</c>; or</item>
/// <item><c>amr</c> contains <c>hwk</c> (a hardware-bound key such as a FIDO2 security key, which itself checks a PIN or fingerprint); or</item>
/// <item><c>amr</c> holds factors of two different kinds: something you know (<c>pwd</c>, <c>pin</c>, <c>kba</c>),
/// something you have (<c>otp</c>, <c>sms</c>, <c>tel</c>, <c>swk</c>, <c>sc</c>, <c>pop</c>),
/// something you are (<c>fpt</c>, <c>face</c>, <c>iris</c>, <c>retina</c>, <c>vbm</c>) — for example <c>pwd</c> + <c>otp</c>.</item>
/// </list>
/// A one-time code alone (<c>otp</c> without a second kind) is one factor and is refused.
/// </summary>
internal static class MultiFactorRule
{
    private static readonly HashSet<string> Knowledge = new(StringComparer.Ordinal) { "pwd", "pin", "kba" };
    private static readonly HashSet<string> Possession = new(StringComparer.Ordinal) { "otp", "sms", "tel", "swk", "sc", "pop", "hwk" };
    private static readonly HashSet<string> Inherence = new(StringComparer.Ordinal) { "fpt", "face", "iris", "retina", "vbm" };

    public static bool IsSatisfied(IReadOnlyCollection<string> authenticationMethods, string? authenticationContext, IEnumerable<string> acceptedContexts)
    {
        ArgumentNullException.ThrowIfNull(authenticationMethods);
        if (authenticationContext is not null && acceptedContexts.Contains(authenticationContext, StringComparer.Ordinal))
        {
            return true;
        }

        if (authenticationMethods.Contains("mfa", StringComparer.Ordinal) || authenticationMethods.Contains("hwk", StringComparer.Ordinal))
        {
            return true;
        }

        var kinds = new[] { Knowledge, Possession, Inherence }.Count(kind => authenticationMethods.Any(kind.Contains));
        return kinds >= 2;
    }
}
