using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CjmBot.Protocol.Authentication;
using CjmBot.Storage;
using CjmBot.Web.Endpoints;
using CjmBot.Web.Hosting;
using Xunit;

namespace CjmBot.UnitTests.Deployment;

public sealed partial class BicepTests(BicepCompilation compiled) : IClassFixture<BicepCompilation>
{
    private const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";

    [Fact]
    public void MainBicep_Build_CompilesWithoutDiagnostics()
    {
        var template = compiled.CompiledTemplate();

        Assert.Equal("https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", (string?)template["$schema"]);
    }

    [Fact]
    public void MainBicepparam_BuildParams_CompilesWithTheImage()
    {
        BicepCompilation.AssertClean(compiled.Parameters, "main.bicepparam");
        var parameters = JsonNode.Parse(JsonNode.Parse(compiled.Parameters.StandardOutput)!["parametersJson"]!.GetValue<string>())!;

        Assert.NotNull(parameters["parameters"]?["containerImage"]?["value"]);
    }

    [Fact]
    public void MainBicep_Resources_AreTheProductionSet()
    {
        var types = Resources().Select(resource => (string)resource!["type"]!).ToHashSet();

        Assert.Superset(
            new HashSet<string>
            {
                "Microsoft.ManagedIdentity/userAssignedIdentities",
                "Microsoft.BotService/botServices",
                "Microsoft.BotService/botServices/channels",
                "Microsoft.Storage/storageAccounts",
                "Microsoft.Storage/storageAccounts/tableServices",
                "Microsoft.Authorization/roleAssignments",
                "Microsoft.OperationalInsights/workspaces",
                "Microsoft.App/managedEnvironments",
                "Microsoft.App/containerApps",
            },
            types);
    }

    [Fact]
    public void AzureBot_UsesTheUserAssignedIdentityAndTheMessagesEndpoint()
    {
        var bot = Single("Microsoft.BotService/botServices")["properties"]!;

        Assert.Equal("UserAssignedMSI", (string?)bot["msaAppType"]);
        Assert.Contains("userAssignedIdentities", (string?)bot["msaAppId"], StringComparison.Ordinal);
        Assert.Contains("userAssignedIdentities", (string?)bot["msaAppMSIResourceId"], StringComparison.Ordinal);
        Assert.NotNull(bot["msaAppTenantId"]);
        Assert.StartsWith("[format('https://{0}" + MessagesEndpoint.Route + "', ", (string?)bot["endpoint"], StringComparison.Ordinal);
        Assert.Contains("Microsoft.App/containerApps", (string?)bot["endpoint"], StringComparison.Ordinal);
    }

    [Fact]
    public void TeamsChannel_IsEnabled()
    {
        var channel = Single("Microsoft.BotService/botServices/channels")["properties"]!;

        Assert.Equal("MsTeamsChannel", (string?)channel["channelName"]);
        Assert.True((bool)channel["properties"]!["isEnabled"]!);
    }

    [Fact]
    public void Storage_KeyAccessOff_IdentityHasTableDataContributor()
    {
        var account = Single("Microsoft.Storage/storageAccounts")["properties"]!;
        var roles = Resources().Where(resource => (string?)resource!["type"] == "Microsoft.Authorization/roleAssignments");

        Assert.False((bool)account["allowSharedKeyAccess"]!);
        Assert.Equal(StorageTableDataContributor, (string?)compiled.CompiledTemplate()["variables"]!["storageTableDataContributorRoleId"]);
        Assert.Contains(roles, role => ((string?)role!["properties"]!["roleDefinitionId"])!.Contains(
            "variables('storageTableDataContributorRoleId')", StringComparison.Ordinal));
    }

    [Fact]
    public void ContainerApp_ProbesAndPortMatchTheHost()
    {
        var app = Single("Microsoft.App/containerApps")["properties"]!;
        var container = app["template"]!["containers"]![0]!;
        var probes = container["probes"]!.AsArray().ToDictionary(probe => (string)probe!["type"]!, probe => (string)probe!["httpGet"]!["path"]!);

        Assert.Equal(HealthEndpoint.LiveRoute, probes["Liveness"]);
        Assert.Equal(HealthEndpoint.LiveRoute, probes["Startup"]);
        Assert.Equal(HealthEndpoint.Route, probes["Readiness"]);
        Assert.Equal("[variables('port')]", (string?)app["configuration"]!["ingress"]!["targetPort"]);
        Assert.Equal(HealthProbe.DefaultPort, (int)compiled.CompiledTemplate()["variables"]!["port"]!);
        Assert.Equal("[parameters('minReplicas')]", (string?)app["template"]!["scale"]!["minReplicas"]);
    }

    [Fact]
    public void ContainerApp_EnvironmentVariables_NameRealOptions()
    {
        var names = EnvironmentName().Matches(compiled.MainBicepText).Select(match => match.Groups[1].Value).Distinct().ToList();
        var sections = new Dictionary<string, Type>
        {
            [BotOptions.SectionName] = typeof(BotOptions),
            [TableStorageOptions.SectionName] = typeof(TableStorageOptions),
            [CjmBot.Bot.Exports.ExportOptions.SectionName] = typeof(CjmBot.Bot.Exports.ExportOptions),
        };

        Assert.Contains("Storage__ServiceUri", names);
        Assert.Contains("Bot__AppType", names);
        Assert.All(names, name =>
        {
            var parts = name.Split("__");
            Assert.True(sections.TryGetValue(parts[0], out var options), $"{name}: no options section {parts[0]}");
            Assert.True(options.GetProperty(parts[1]) is not null, $"{name}: {options.Name} has no property {parts[1]}");
        });
    }

    private JsonArray Resources() => compiled.CompiledTemplate()["resources"]!.AsArray();

    private JsonNode Single(string type) => Assert.Single(Resources(), resource => (string?)resource!["type"] == type)!;

    [GeneratedRegex(@"name: '([A-Za-z]+__[A-Za-z]+)(?:__\$\{index\})?'")]
    private static partial Regex EnvironmentName();
}
