using System.Reflection;
using System.Security.Cryptography;
using CjmBot.Export.MapPage;

namespace CjmBot.Web.MapPage;

/// <summary>A file the map and tab pages load: its bytes, type and a tag naming its content.</summary>
public sealed record MapAsset(string Name, ReadOnlyMemory<byte> Content, string ContentType, string ETag);

/// <summary>
/// The map page's stylesheet and script, and the vendored Teams JavaScript client library, embedded in this assembly
/// and served from <c>/map/assets/</c>. Their addresses carry a hash of their content, so a browser may keep them as long
/// as it likes and still gets a new version the moment one is deployed.
/// </summary>
public sealed class MapAssets
{
    public const string RoutePrefix = "/map/assets";

    private static readonly (string Name, string Resource, string ContentType)[] Files =
    [
        ("map.css", "map.css", "text/css; charset=utf-8"),
        ("map.js", "map.js", "text/javascript; charset=utf-8"),
        ("teams.js", "MicrosoftTeams.min.js", "text/javascript; charset=utf-8"),
    ];

    private readonly Dictionary<string, MapAsset> _assets = new(StringComparer.Ordinal);

    public MapAssets()
    {
        var assembly = typeof(MapAssets).Assembly;
        foreach (var (name, resource, contentType) in Files)
        {
            var content = Read(assembly, "CjmBot.Web.MapPage.Assets." + resource);
            var tag = Convert.ToHexStringLower(SHA256.HashData(content))[..16];
            _assets[name] = new MapAsset(name, content, contentType, "\"" + tag + "\"");
        }

        Urls = new MapPageAssets(Url("map.css"), Url("map.js"), Url("teams.js"));
    }

    /// <summary>The versioned addresses the pages link to.</summary>
    public MapPageAssets Urls { get; }

    public MapAsset? Find(string name) => _assets.GetValueOrDefault(name);

    private string Url(string name) => $"{RoutePrefix}/{name}?v={_assets[name].ETag.Trim('"')}";

    private static byte[] Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource {resource} is missing from {assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
