using System.Buffers.Text;

namespace Meldcode.Web.Security.OpenIdConnect;

/// <summary>
/// Base64url as JOSE uses it (RFC 7515 §2): the URL-safe alphabet, no padding, no whitespace, and only
/// the one canonical spelling of each byte sequence. Anything else is refused rather than repaired.
/// </summary>
internal static class StrictBase64Url
{
    public static bool TryDecode(string? text, out byte[] bytes)
    {
        bytes = [];
        if (string.IsNullOrEmpty(text) || text.Length % 4 == 1)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '-' || c == '_'))
            {
                return false;
            }
        }

        byte[] decoded;
        try
        {
            decoded = Base64Url.DecodeFromChars(text);
        }
        catch (FormatException)
        {
            return false;
        }

        // Unused trailing bits must be zero: re-encoding has to give back exactly the same text.
        if (!string.Equals(Base64Url.EncodeToString(decoded), text, StringComparison.Ordinal))
        {
            return false;
        }

        bytes = decoded;
        return true;
    }
}
