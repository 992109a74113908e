using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using CjmBot.Protocol.Authentication;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CjmBot.IntegrationTests.Http;

/// <summary>An RSA key made in the test, able to sign Bot Framework-shaped tokens and to publish itself as a JWK.</summary>
internal sealed class TestSigningKey : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);

    public TestSigningKey(string keyId, params string[] endorsements)
    {
        KeyId = keyId;
        Endorsements = endorsements;
    }

    public string KeyId { get; }

    public string[] Endorsements { get; }

    /// <summary>The public half as a JWKS entry; endorsements only when the key has any.</summary>
    public JsonObject ToJwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements.Length > 0)
        {
            jwk[BotFrameworkTokenValidator.EndorsementsProperty] = new JsonArray(Endorsements.Select(e => (JsonNode)JsonValue.Create(e)!).ToArray());
        }

        return jwk;
    }

    public string CreateToken(TokenSpec spec)
    {
        var claims = new Dictionary<string, object>(StringComparer.Ordinal);
        if (spec.ServiceUrl is not null)
        {
            claims[BotFrameworkTokenValidator.ServiceUrlClaim] = spec.ServiceUrl;
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = spec.Issuer,
            Audience = spec.Audience,
            Claims = claims,
            Subject = new ClaimsIdentity(),
            IssuedAt = spec.NotBefore.UtcDateTime,
            NotBefore = spec.NotBefore.UtcDateTime,
            Expires = spec.Expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(_rsa) { KeyId = KeyId }, spec.Algorithm),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    public void Dispose() => _rsa.Dispose();
}

internal sealed record TokenSpec(
    string Issuer,
    string Audience,
    string? ServiceUrl,
    DateTimeOffset NotBefore,
    DateTimeOffset Expires,
    string Algorithm = SecurityAlgorithms.RsaSha256);
