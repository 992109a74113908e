using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using CjmBot.Protocol.Schema;

namespace CjmBot.Protocol.Serialization;

/// <summary>Serializer options and helpers shared by every reader and writer of wire JSON.</summary>
public static class ProtocolJson
{
    /// <summary>
    /// Web defaults, nulls omitted, and letters of every script left unescaped: Teams counts message size
    /// in UTF-16 units, and an escaped Cyrillic letter costs six of them instead of one.
    /// </summary>
    public static ProtocolJsonContext Context { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    });

    public static JsonSerializerOptions Options => Context.Options;

    public static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Context.GetTypeInfo(typeof(T))!;

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, TypeInfo<T>());

    public static byte[] SerializeToUtf8Bytes<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, TypeInfo<T>());

    public static T? Deserialize<T>(string json) => JsonSerializer.Deserialize(json, TypeInfo<T>());

    public static T? Deserialize<T>(JsonElement element) => element.Deserialize(TypeInfo<T>());

    public static ValueTask<T?> DeserializeAsync<T>(Stream utf8Json, CancellationToken cancellationToken) =>
        JsonSerializer.DeserializeAsync(utf8Json, TypeInfo<T>(), cancellationToken);

    public static Task SerializeAsync<T>(Stream utf8Json, T value, CancellationToken cancellationToken) =>
        JsonSerializer.SerializeAsync(utf8Json, value, TypeInfo<T>(), cancellationToken);

    /// <summary>Writes a JSON node with the same encoder (compact, unescaped letters).</summary>
    public static string Write(JsonNode node) => node.ToJsonString(Options);
}
