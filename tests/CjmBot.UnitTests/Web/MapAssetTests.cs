using System.Text.Json.Nodes;
using CjmBot.Testing;
using CjmBot.Web.MapPage;
using Xunit;

namespace CjmBot.UnitTests.Web;

/// <summary>The files the map and tab pages load: embedded, addressed by content, and the vendored Teams library exactly the pinned npm one.</summary>
public sealed class MapAssetTests
{
    private static readonly string Vendored = Path.Combine(NodeTools.RepoRoot, "src", "CjmBot.Web", "MapPage", "Assets", "teams-js", "MicrosoftTeams.min.js");

    [Fact]
    public void VendoredTeamsLibrary_IsTheFileOfThePinnedNpmPackage()
    {
        NodeTools.EnsureInstalled();
        var package = JsonNode.Parse(File.ReadAllText(Path.Combine(NodeTools.ToolsDirectory, "package.json")))!;
        var pinned = package["dependencies"]!["@microsoft/teams-js"]!.GetValue<string>();
        var installed = Path.Combine(NodeTools.NodeModulesDirectory, "@microsoft", "teams-js");

        Assert.Matches(@"^\d+\.\d+\.\d+$", pinned);
        Assert.Equal(pinned, JsonNode.Parse(File.ReadAllText(Path.Combine(installed, "package.json")))!["version"]!.GetValue<string>());
        Assert.Equal(File.ReadAllBytes(Path.Combine(installed, "dist", "umd", "MicrosoftTeams.min.js")), File.ReadAllBytes(Vendored));
    }

    [Fact]
    public void Assets_AreEmbedded_AndTheirAddressesNameTheirContent()
    {
        var assets = new MapAssets();

        Assert.Equal(File.ReadAllBytes(Vendored), assets.Find("teams.js")!.Content.ToArray());
        foreach (var (name, url) in new[] { ("map.css", assets.Urls.StyleUrl), ("map.js", assets.Urls.ScriptUrl), ("teams.js", assets.Urls.TeamsScriptUrl) })
        {
            var asset = assets.Find(name)!;
            Assert.Equal($"/map/assets/{name}?v={asset.ETag.Trim('"')}", url);
            Assert.Matches("^\"[0-9a-f]{16}\"$", asset.ETag);
        }

        Assert.Null(assets.Find("MicrosoftTeams.min.js"));
    }

    [Fact]
    public void AxeCore_IsPinnedExactly()
    {
        var package = JsonNode.Parse(File.ReadAllText(Path.Combine(NodeTools.ToolsDirectory, "package.json")))!;

        Assert.Matches(@"^\d+\.\d+\.\d+$", package["dependencies"]!["axe-core"]!.GetValue<string>());
    }
}
