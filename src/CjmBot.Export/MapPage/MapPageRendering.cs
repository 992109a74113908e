using System.Security.Cryptography;
using System.Text;
using CjmBot.Workshops;

namespace CjmBot.Export.MapPage;

/// <summary>A piece of the page's body: fixed markup (<see cref="BlockId"/> null) or a block that updates live.</summary>
public sealed record MapPagePart(string? BlockId, string Html);

/// <summary>
/// The map page's body as parts, in order: fixed markup (headings, the tables' frames) and blocks, each one element
/// with the id <c>b-{block id}</c> that a live page replaces whole when it changes. <see cref="Version"/> names the
/// content (<c>{structure}.{content}</c>, hashes of the fixed markup with the block ids, and of every block), so any
/// instance that renders the same workshop gives the same version, and a page can tell a newer rendering of the same
/// structure (update the blocks that differ) from a new structure (reload).
/// </summary>
public sealed class MapPageRendering
{
    public MapPageRendering(string title, Language language, IReadOnlyList<MapPagePart> parts, DateTimeOffset? changedAt)
    {
        ArgumentNullException.ThrowIfNull(parts);
        Title = title;
        Language = language;
        Parts = parts;
        ChangedAt = changedAt;
        var structure = new StringBuilder(language.Code());
        var blocks = new Dictionary<string, string>(StringComparer.Ordinal);
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        var content = new StringBuilder();
        foreach (var part in parts)
        {
            if (part.BlockId is { } id)
            {
                structure.Append("\n#").Append(id);
                blocks.Add(id, part.Html);
                var hash = Hash(part.Html);
                hashes.Add(id, hash);
                content.Append(hash);
            }
            else
            {
                structure.Append('\n').Append(part.Html);
            }
        }

        Blocks = blocks;
        BlockHashes = hashes;
        Structure = Hash(structure.ToString());
        Version = Structure + "." + Hash(content.ToString());
    }

    public string Title { get; }

    public Language Language { get; }

    public IReadOnlyList<MapPagePart> Parts { get; }

    /// <summary>When the workshop last changed as far as the map shows it (answers, insights, moves, votes, decisions).</summary>
    public DateTimeOffset? ChangedAt { get; }

    /// <summary>Every block's markup by id.</summary>
    public IReadOnlyDictionary<string, string> Blocks { get; }

    public IReadOnlyDictionary<string, string> BlockHashes { get; }

    public string Structure { get; }

    public string Version { get; }

    /// <summary>The structure part of a version (what comes before the dot), or the whole text when it has no dot.</summary>
    public static string StructureOf(string version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var dot = version.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? version : version[..dot];
    }

    /// <summary>The body's markup: every part in order.</summary>
    public void AppendBody(StringBuilder html)
    {
        ArgumentNullException.ThrowIfNull(html);
        foreach (var part in Parts)
        {
            html.Append(part.Html);
        }
    }

    /// <summary>Body bytes as UTF-8, for the page weight.</summary>
    public int BodyBytes() => Parts.Sum(part => Encoding.UTF8.GetByteCount(part.Html));

    /// <summary>A short, stable name of a text: the same on every instance and after every restart.</summary>
    internal static string Hash(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexStringLower(hash[..9]);
    }
}
