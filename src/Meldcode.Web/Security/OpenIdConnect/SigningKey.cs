using System.Security.Cryptography;
using System.Text.Json;

namespace Meldcode.Web.Security.OpenIdConnect;

/// <summary>
/// One public key from the provider's JWKS that may verify ID token signatures: RSA (RS256) or EC P-256
/// (ES256). Only the public parameters are kept; a key object is made per verification.
/// </summary>
internal sealed class SigningKey
{
    public const string Rs256 = "RS256";
    public const string Es256 = "ES256";
    public const int MinimumRsaKeySizeInBits = 2048;

    private readonly RSAParameters? _rsa;
    private readonly ECParameters? _ec;

    private SigningKey(string? keyId, string? algorithm, RSAParameters? rsa, ECParameters? ec)
    {
        KeyId = keyId;
        Algorithm = algorithm;
        _rsa = rsa;
        _ec = ec;
    }

    public string? KeyId { get; }

    /// <summary>The key's own <c>alg</c>, when the provider states one.</summary>
    public string? Algorithm { get; }

    public static SigningKey FromRsa(RSAParameters parameters, string? keyId, string? algorithm = null) =>
        new(keyId, algorithm, new RSAParameters { Modulus = parameters.Modulus, Exponent = parameters.Exponent }, null);

    public static SigningKey FromEc(ECParameters parameters, string? keyId, string? algorithm = null) =>
        new(keyId, algorithm, null, new ECParameters { Curve = ECCurve.NamedCurves.nistP256, Q = parameters.Q });

    /// <summary>Reads the usable signing keys of a JWKS document; keys for encryption, of other types or too weak are left out.</summary>
    /// <exception cref="JsonException">The document is not a JWKS.</exception>
    public static IReadOnlyList<SigningKey> ParseKeySet(string json)
    {
        using var document = JsonDocument.Parse(json, JoseJson.Options);
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty("keys", out var keys)
            || keys.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("The JWKS has no 'keys' array.");
        }

        return keys.EnumerateArray().Select(TryParse).OfType<SigningKey>().ToList();
    }

    public bool CanVerify(string algorithm) =>
        (Algorithm is null || string.Equals(Algorithm, algorithm, StringComparison.Ordinal))
        && algorithm switch
        {
            Rs256 => _rsa is not null,
            Es256 => _ec is not null,
            _ => false,
        };

    public bool Verify(string algorithm, byte[] data, byte[] signature)
    {
        if (!CanVerify(algorithm))
        {
            return false;
        }

        try
        {
            if (_rsa is { } rsaParameters)
            {
                using var rsa = RSA.Create(rsaParameters);
                return rsa.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            }

            using var ecdsa = ECDsa.Create(_ec!.Value);
            return signature.Length == 64
                && ecdsa.VerifyData(data, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static SigningKey? TryParse(JsonElement key)
    {
        if (key.ValueKind != JsonValueKind.Object
            || (key.TryGetProperty("use", out var use) && !(use.ValueKind == JsonValueKind.String && use.ValueEquals("sig")))
            || (key.TryGetProperty("key_ops", out var operations) && !AllowsVerify(operations)))
        {
            return null;
        }

        var keyId = key.OptionalString("kid");
        var algorithm = key.OptionalString("alg");
        try
        {
            return key.OptionalString("kty") switch
            {
                "RSA" when algorithm is null or Rs256 => RsaKey(key, keyId, algorithm),
                "EC" when algorithm is null or Es256 => EcKey(key, keyId, algorithm),
                _ => null,
            };
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static SigningKey? RsaKey(JsonElement key, string? keyId, string? algorithm)
    {
        if (!StrictBase64Url.TryDecode(key.OptionalString("n"), out var modulus)
            || !StrictBase64Url.TryDecode(key.OptionalString("e"), out var exponent))
        {
            return null;
        }

        var parameters = new RSAParameters { Modulus = modulus, Exponent = exponent };
        using var rsa = RSA.Create(parameters); // refuses parameters that do not form a key
        return rsa.KeySize < MinimumRsaKeySizeInBits ? null : FromRsa(parameters, keyId, algorithm);
    }

    private static SigningKey? EcKey(JsonElement key, string? keyId, string? algorithm)
    {
        if (key.OptionalString("crv") != "P-256"
            || !StrictBase64Url.TryDecode(key.OptionalString("x"), out var x) || x.Length != 32
            || !StrictBase64Url.TryDecode(key.OptionalString("y"), out var y) || y.Length != 32)
        {
            return null;
        }

        var parameters = new ECParameters { Curve = ECCurve.NamedCurves.nistP256, Q = new ECPoint { X = x, Y = y } };
        using var ecdsa = ECDsa.Create(parameters); // refuses a point that is not on the curve
        return FromEc(parameters, keyId, algorithm);
    }

    private static bool AllowsVerify(JsonElement operations) =>
        operations.ValueKind == JsonValueKind.Array && operations.StringOrStrings().Contains("verify", StringComparer.Ordinal);
}
