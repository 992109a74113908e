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
internal sealed partial class MapPageJsonContext : JsonSerializerContext;
