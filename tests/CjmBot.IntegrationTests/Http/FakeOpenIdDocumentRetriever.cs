using System.Text.Json.Nodes;
using CjmBot.Protocol.Authentication;
using Microsoft.IdentityModel.Protocols;

namespace CjmBot.IntegrationTests.Http;

/// <summary>Serves the Bot Framework OpenID metadata and key set from memory; the published keys can be swapped.</summary>
internal sealed class FakeOpenIdDocumentRetriever : IDocumentRetriever
{
    public const string MetadataUrl = "https://login.botframework.test/v1/.well-known/openidconfiguration";
    public const string KeysUrl = "https://login.botframework.test/v1/.well-known/keys";

    private volatile TestSigningKey[] _published;
    private int _keyFetches;

    public FakeOpenIdDocumentRetriever(params TestSigningKey[] published)
    {
        _published = published;
    }

    public int KeyFetches => Volatile.Read(ref _keyFetches);

    public void Publish(params TestSigningKey[] keys) => _published = keys;

    public Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        if (address == MetadataUrl)
        {
            return Task.FromResult(new JsonObject
            {
                ["issuer"] = BotFrameworkTokenValidator.Issuer,
                ["authorization_endpoint"] = "https://invalid.botframework.test/",
                ["jwks_uri"] = KeysUrl,
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
                ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
            }.ToJsonString());
        }

        if (address == KeysUrl)
        {
            Interlocked.Increment(ref _keyFetches);
            return Task.FromResult(new JsonObject
            {
                ["keys"] = new JsonArray(_published.Select(k => (JsonNode)k.ToJwk()).ToArray()),
            }.ToJsonString());
        }

        throw new InvalidOperationException($"The test served no document at {address}.");
    }
}
