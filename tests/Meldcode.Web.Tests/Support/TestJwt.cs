using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Meldcode.Web.Tests.Support;

/// <summary>Writes compact JWS tokens and JWKs with keys the test made itself, including deliberately broken ones.</summary>
public static class TestJwt
{
    public static string SignRs256(RSA key, string? keyId, JsonObject claims) =>
        Sign(Header("RS256", keyId), claims, input => key.SignData(input, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));

    public static string SignEs256(ECDsa key, string? keyId, JsonObject claims) =>
        Sign(Header("ES256", keyId), claims, input => key.SignData(input, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));

    public static string Sign(JsonObject header, JsonObject claims, Func<byte[], byte[]> signer)
    {
        ArgumentNullException.ThrowIfNull(signer);
        var signingInput = $"{Encode(header.ToJsonString())}.{Encode(claims.ToJsonString())}";
        return $"{signingInput}.{Base64Url.EncodeToString(signer(Encoding.ASCII.GetBytes(signingInput)))}";
    }

    public static JsonObject Header(string algorithm, string? keyId)
    {
        var header = new JsonObject { ["alg"] = algorithm, ["typ"] = "JWT" };
        if (keyId is not null)
        {
            header["kid"] = keyId;
        }

        return header;
    }

    public static string Encode(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));

    public static JsonObject Jwk(RSA key, string keyId, string use = "sig")
    {
        ArgumentNullException.ThrowIfNull(key);
        var parameters = key.ExportParameters(false);
        return new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = use,
            ["kid"] = keyId,
            ["alg"] = "RS256",
            ["n"] = Base64Url.EncodeToString(parameters.Modulus),
            ["e"] = Base64Url.EncodeToString(parameters.Exponent),
        };
    }

    public static JsonObject Jwk(ECDsa key, string keyId)
    {
        ArgumentNullException.ThrowIfNull(key);
        var parameters = key.ExportParameters(false);
        return new JsonObject
        {
            ["kty"] = "EC",
            ["use"] = "sig",
            ["kid"] = keyId,
            ["crv"] = "P-256",
            ["x"] = Base64Url.EncodeToString(parameters.Q.X),
            ["y"] = Base64Url.EncodeToString(parameters.Q.Y),
        };
    }

    public static JsonObject KeySet(params JsonObject[] keys) => new() { ["keys"] = new JsonArray(keys.Select(k => (JsonNode)k).ToArray()) };
}
