using System.IO.Compression;
using System.Text.Json.Nodes;
using CjmBot.Testing;
using Xunit;

namespace CjmBot.UnitTests.Manifest;

public sealed class ManifestTests : IDisposable
{
    private static readonly string ManifestDirectory = Path.Combine(NodeTools.RepoRoot, "manifest");
    private static readonly string[] PackageFiles = ["manifest.template.json", "ru.json", "color.png", "outline.png"];

    private readonly DirectoryInfo _scratch = Directory.CreateTempSubdirectory("cjmbot-manifest-");

    public void Dispose() => _scratch.Delete(recursive: true);

    [Fact]
    public async Task RealManifest_Validate_HasNoErrors()
    {
        var report = await ValidationReport.RunAsync("validate-manifest.mjs", [ManifestDirectory]);

        Assert.True(report.ErrorCount == 0, string.Join('\n', report.AllIssues));
        string[] expectedFiles = ["manifest.template.json", "color.png", "outline.png", "ru.json"];
        Assert.Equal(expectedFiles, report.Files.Keys.Select(Path.GetFileName));
    }

    [Fact]
    public async Task Manifest_WithLowercaseGroupChatScope_FailsSchemaValidation()
    {
        var copy = CopyManifest();
        var manifest = ReadJson(Path.Combine(copy, "manifest.template.json"));
        var scopes = manifest["bots"]![0]!["scopes"]!.AsArray();
        var index = scopes.Select(s => s!.GetValue<string>()).ToList().IndexOf("groupChat");
        Assert.True(index >= 0, "The manifest should declare the groupChat scope.");
        scopes[index] = "groupchat";
        await File.WriteAllTextAsync(Path.Combine(copy, "manifest.template.json"), manifest.ToJsonString());

        var report = await ValidationReport.RunAsync("validate-manifest.mjs", [copy]);

        var issue = Assert.Single(report.AllIssues);
        Assert.Equal("SchemaViolation", issue.Code);
        Assert.Equal($"/bots/0/scopes/{index}", issue.Path);
        Assert.Contains("must be equal to one of the allowed values", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Manifest_WithColorIconOf64Pixels_FailsIconCheck()
    {
        var copy = CopyManifest();
        await File.WriteAllBytesAsync(Path.Combine(copy, "color.png"), TestPng.Solid(64, 0x44, 0x64, 0xEE, 0xFF));

        var report = await ValidationReport.RunAsync("validate-manifest.mjs", [copy]);

        var issue = Assert.Single(report.AllIssues);
        Assert.Equal("IconWrongSize", issue.Code);
        Assert.Contains("64x64; it must be 192x192", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Manifest_WithOpaqueOutlineIcon_FailsIconCheck()
    {
        var copy = CopyManifest();
        await File.WriteAllBytesAsync(Path.Combine(copy, "outline.png"), TestPng.Solid(32, 0xFF, 0xFF, 0xFF, 0xFF));

        var report = await ValidationReport.RunAsync("validate-manifest.mjs", [copy]);

        Assert.Equal("IconNotTransparent", Assert.Single(report.AllIssues).Code);
    }

    [Fact]
    public async Task Localization_WithKeyForMissingCommand_FailsCommandCheck()
    {
        var copy = CopyManifest();
        var ru = ReadJson(Path.Combine(copy, "ru.json"));
        ru["bots[0].commandLists[0].commands[11].title"] = "лишняя";
        await File.WriteAllTextAsync(Path.Combine(copy, "ru.json"), ru.ToJsonString());

        var report = await ValidationReport.RunAsync("validate-manifest.mjs", [copy]);

        var issue = Assert.Single(report.AllIssues);
        Assert.Equal("UnknownCommandKey", issue.Code);
        Assert.Equal("bots[0].commandLists[0].commands[11].title", issue.Path);
    }

    [Fact]
    public void Manifest_EveryCommand_HasRussianTitleAndDescription()
    {
        var manifest = ReadJson(Path.Combine(ManifestDirectory, "manifest.template.json"));
        var ru = ReadJson(Path.Combine(ManifestDirectory, "ru.json"));
        var lists = manifest["bots"]![0]!["commandLists"]!.AsArray();
        Assert.Equal(3, lists.Count);

        var missing = new List<string>();
        for (var i = 0; i < lists.Count; i++)
        {
            var commands = lists[i]!["commands"]!.AsArray();
            Assert.Equal(10, commands.Count);
            for (var j = 0; j < commands.Count; j++)
            {
                foreach (var field in new[] { "title", "description" })
                {
                    var key = $"bots[0].commandLists[{i}].commands[{j}].{field}";
                    if (string.IsNullOrWhiteSpace(ru[key]?.GetValue<string>()))
                    {
                        missing.Add(key);
                    }
                }
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public async Task PackageScript_WithDummyIds_ZipsFourFilesWithIdsFilled()
    {
        const string botId = "6f1c2d3e-4a5b-4c6d-8e7f-112233445566";
        const string teamsAppId = "0a1b2c3d-4e5f-4a6b-9c8d-778899aabbcc";
        NodeTools.EnsureInstalled();
        var environment = new Dictionary<string, string> { ["CJMBOT_PACKAGE_BUILD_DIR"] = _scratch.FullName };

        var run = await ProcessRunner.RunAsync(
            "bash", [Path.Combine(ManifestDirectory, "package.sh"), botId, teamsAppId, "1.2.3", "cjmbot.example.org"], NodeTools.RepoRoot, environment);

        Assert.True(run.ExitCode == 0, $"package.sh failed ({run.ExitCode}): {run.StandardError}{run.StandardOutput}");
        var zipPath = run.StandardOutput.Trim().Split('\n')[^1];
        Assert.Equal(Path.Combine(_scratch.FullName, "cjmbot-teams-app.zip"), zipPath);

        var listing = await ProcessRunner.RunAsync("unzip", ["-l", zipPath], _scratch.FullName);
        Assert.Equal(0, listing.ExitCode);
        var listed = listing.StandardOutput.Split('\n')
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(parts => parts.Length == 4 && parts[0].All(char.IsAsciiDigit) && parts[0].Length > 0)
            .Select(parts => parts[3])
            .Order(StringComparer.Ordinal);
        Assert.Equal(["color.png", "manifest.json", "outline.png", "ru.json"], listed);

        using var zip = ZipFile.OpenRead(zipPath);
        await using var entry = zip.GetEntry("manifest.json")!.Open();
        var manifest = (await JsonNode.ParseAsync(entry))!;
        Assert.Equal(teamsAppId, manifest["id"]!.GetValue<string>());
        Assert.Equal("1.2.3", manifest["version"]!.GetValue<string>());
        Assert.Equal(botId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal(botId, manifest["webApplicationInfo"]!["id"]!.GetValue<string>());
        Assert.DoesNotContain("${{", manifest.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("https://cjmbot.example.org/privacy", manifest["developer"]!["privacyUrl"]!.GetValue<string>());
        Assert.Equal("https://cjmbot.example.org/terms", manifest["developer"]!["termsOfUseUrl"]!.GetValue<string>());
    }

    [Fact]
    public async Task PackageScript_WithNonGuidBotId_ExitsWithUsageError()
    {
        var environment = new Dictionary<string, string> { ["CJMBOT_PACKAGE_BUILD_DIR"] = _scratch.FullName };

        var run = await ProcessRunner.RunAsync(
            "bash", [Path.Combine(ManifestDirectory, "package.sh"), "not-a-guid"], NodeTools.RepoRoot, environment);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bot-app-id is not a GUID", run.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_scratch.FullName, "cjmbot-teams-app.zip")));
    }

    [Fact]
    public void Manifest_OffersTheJourneyMapAsAPersonalTabAndAConfigurableChannelAndGroupChatTab_OnTheBotsDomain()
    {
        var manifest = ReadJson(Path.Combine(ManifestDirectory, "manifest.template.json"));
        var ru = ReadJson(Path.Combine(ManifestDirectory, "ru.json"));

        var personal = Assert.Single(manifest["staticTabs"]!.AsArray())!;
        Assert.Equal(["personal"], personal["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal("https://${{BOT_DOMAIN}}/tab", personal["contentUrl"]!.GetValue<string>());
        var configurable = Assert.Single(manifest["configurableTabs"]!.AsArray())!;
        Assert.Equal(["team", "groupChat"], configurable["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal("https://${{BOT_DOMAIN}}/tab/config", configurable["configurationUrl"]!.GetValue<string>());
        Assert.Equal(["${{BOT_DOMAIN}}"], manifest["validDomains"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal("Карты пути", ru["staticTabs[0].name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Manifest_WithAConfigurableTabInPersonalScope_FailsSchemaValidation()
    {
        var copy = CopyManifest();
        var manifest = ReadJson(Path.Combine(copy, "manifest.template.json"));
        manifest["configurableTabs"]![0]!["scopes"] = new JsonArray("personal");
        await File.WriteAllTextAsync(Path.Combine(copy, "manifest.template.json"), manifest.ToJsonString());

        var report = await ValidationReport.RunAsync("validate-manifest.mjs", [copy]);

        var issue = Assert.Single(report.AllIssues);
        Assert.Equal("SchemaViolation", issue.Code);
        Assert.Equal("/configurableTabs/0/scopes/0", issue.Path);
    }

    [Fact]
    public async Task PackageScript_WithTheBotsDomain_FillsTheTabsThePrivacyAndTheTermsLinks()
    {
        const string domain = "cjmbot-app.example.azurecontainerapps.io";
        NodeTools.EnsureInstalled();
        var environment = new Dictionary<string, string> { ["CJMBOT_PACKAGE_BUILD_DIR"] = _scratch.FullName };

        var run = await ProcessRunner.RunAsync(
            "bash", [Path.Combine(ManifestDirectory, "package.sh"), "6f1c2d3e-4a5b-4c6d-8e7f-112233445566", "", "1.0.0", domain], NodeTools.RepoRoot, environment);

        Assert.True(run.ExitCode == 0, $"package.sh failed ({run.ExitCode}): {run.StandardError}{run.StandardOutput}");
        var manifest = ReadJson(Path.Combine(_scratch.FullName, "manifest.json"));
        var ru = ReadJson(Path.Combine(_scratch.FullName, "ru.json"));
        Assert.Equal($"https://{domain}/tab", manifest["staticTabs"]![0]!["contentUrl"]!.GetValue<string>());
        Assert.Equal($"https://{domain}/tab/config", manifest["configurableTabs"]![0]!["configurationUrl"]!.GetValue<string>());
        Assert.Equal([domain], manifest["validDomains"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal($"https://{domain}/privacy", manifest["developer"]!["privacyUrl"]!.GetValue<string>());
        Assert.Equal($"https://{domain}/terms", manifest["developer"]!["termsOfUseUrl"]!.GetValue<string>());
        Assert.Equal("Карты пути", ru["staticTabs[0].name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public async Task PackageScript_WithoutTheBotsDomain_ExitsWithUsageError_AsThePrivacyLinkWouldPointNowhere(string? domain)
    {
        var environment = new Dictionary<string, string> { ["CJMBOT_PACKAGE_BUILD_DIR"] = _scratch.FullName };
        string[] arguments = [Path.Combine(ManifestDirectory, "package.sh"), "6f1c2d3e-4a5b-4c6d-8e7f-112233445566", "", "1.0.0"];

        var run = await ProcessRunner.RunAsync("bash", domain is null ? arguments : [.. arguments, domain], NodeTools.RepoRoot, environment);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bot-domain is required: the manifest's privacy and terms links", run.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_scratch.FullName, "cjmbot-teams-app.zip")));
    }

    [Theory]
    [InlineData("privacyUrl", "https://www.contoso.com/cjmbot/privacy")]
    [InlineData("termsOfUseUrl", "https://${{BOT_DOMAIN}}/cjmbot/terms")]
    [InlineData("privacyUrl", "http://${{BOT_DOMAIN}}/privacy")]
    public async Task Manifest_WithAPrivacyOrTermsLinkThatIsNotTheBotsOwnPage_FailsTheLinkCheck(string field, string url)
    {
        var copy = CopyManifest();
        var path = Path.Combine(copy, "manifest.template.json");
        var manifest = ReadJson(path);
        manifest["developer"]![field] = url;
        await File.WriteAllTextAsync(path, manifest.ToJsonString());

        var report = await ValidationReport.RunAsync("validate-manifest.mjs", [copy]);

        var issue = Assert.Single(report.AllIssues);
        Assert.Equal("NotTheBotsPage", issue.Code);
        Assert.Equal($"developer.{field}", issue.Path);
    }

    private static JsonObject ReadJson(string path) => JsonNode.Parse(File.ReadAllText(path))!.AsObject();

    private string CopyManifest()
    {
        var copy = _scratch.CreateSubdirectory("manifest").FullName;
        foreach (var file in PackageFiles)
        {
            File.Copy(Path.Combine(ManifestDirectory, file), Path.Combine(copy, file));
        }

        return copy;
    }
}
