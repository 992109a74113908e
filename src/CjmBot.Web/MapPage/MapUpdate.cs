using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CjmBot.Web.MapPage;

/// <summary>
/// One message of the map page's event stream: the version now shown, when the workshop last changed, and the blocks
/// to replace, by id.
/// </summary>
public sealed record MapUpdate(
    [property: JsonPropertyName("v")] string Version,
    [property: JsonPropertyName("changed")] DateTimeOffset? ChangedAt,
    [property: JsonPropertyName("blocks")] IReadOnlyDictionary<string, string> Blocks);

/// <summary>
/// The first message of a stream: the version the stream starts from and the server's clock in Unix milliseconds, so
/// the page can say "updated 3 s ago" whatever its own clock says.
/// </summary>
public sealed record MapHello(
    [property: JsonPropertyName("v")] string Version,
    [property: JsonPropertyName("now")] long ServerNow);

[JsonSerializable(typeof(MapUpdate))]
[JsonSerializable(typeof(MapHello))]
internal sealed partial class MapPageJsonContext : JsonSerializerContext
{
    /// <summary>
    /// Non-ASCII text as it is (a Russian map would otherwise travel six bytes per letter). The messages go only into an
    /// event stream read by <c>JSON.parse</c>, never into HTML or script, so no character needs escaping for safety.
    /// </summary>
    public static MapPageJsonContext Stream { get; } = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
