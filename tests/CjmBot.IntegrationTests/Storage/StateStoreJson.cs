using System.Text.Json.Nodes;
using CjmBot.Protocol.State;

namespace CjmBot.IntegrationTests.Storage;

/// <summary>The state store contract is about any JSON value: these tests write and compare JSON objects.</summary>
internal static class StateStoreJson
{
    public static Task<string> WriteAsync(this IStateStore store, string key, JsonObject value, string? eTag, CancellationToken cancellationToken) =>
        store.WriteAsync(key, value.ToJsonString(Relaxed), eTag, cancellationToken);

    /// <summary>Letters stay unescaped, as the bot writes them (an escaped Cyrillic letter costs six characters of the size budget).</summary>
    private static readonly System.Text.Json.JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonObject Object(this StoreItem item) => JsonNode.Parse(item.Json)!.AsObject();
}
