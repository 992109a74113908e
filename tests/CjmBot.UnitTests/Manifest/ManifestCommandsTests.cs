using System.Text.Json.Nodes;
using CjmBot.Bot.Commands;
using CjmBot.Testing;
using Xunit;

namespace CjmBot.UnitTests.Manifest;

/// <summary>The command menu Teams shows must only offer commands the bot understands, with the same Russian words.</summary>
public sealed class ManifestCommandsTests
{
    private static readonly JsonObject Manifest = Read("manifest.template.json");
    private static readonly JsonObject Russian = Read("ru.json");

    [Fact]
    public void ManifestCommands_AreAllUnderstoodByTheBot_InBothLanguages()
    {
        var lists = Manifest["bots"]![0]!["commandLists"]!.AsArray();
        Assert.NotEmpty(lists);
        for (var list = 0; list < lists.Count; list++)
        {
            var commands = lists[list]!["commands"]!.AsArray();
            Assert.NotEmpty(commands);
            for (var index = 0; index < commands.Count; index++)
            {
                var title = commands[index]!["title"]!.GetValue<string>();
                var command = BotCommands.All.SingleOrDefault(c => c.Name == title);
                Assert.True(command is not null, $"The manifest offers '{title}', which the bot does not understand.");
                var russianTitle = Russian[$"bots[0].commandLists[{list}].commands[{index}].title"]?.GetValue<string>();
                Assert.Equal(command.RussianName, russianTitle);
            }
        }
    }

    [Fact]
    public void EveryCommandInTheManifest_ParsesAsThatCommand()
    {
        var parser = new CommandParser(BotCommands.All);
        foreach (var command in BotCommands.All)
        {
            Assert.Same(command, parser.Parse(command.Name)?.Command);
            Assert.Same(command, parser.Parse(command.RussianName)?.Command);
            Assert.Same(command, parser.Parse("/" + command.Name.ToUpperInvariant())?.Command);
        }
    }

    [Theory]
    [InlineData("map of the site is confusing")]
    [InlineData("next day delivery matters")]
    [InlineData("карта лояльности не работает")]
    public void Answer_StartingWithACommandWordWithoutArguments_IsNotACommand(string answer) =>
        Assert.Null(new CommandParser(BotCommands.All).Parse(answer));

    private static JsonObject Read(string file) =>
        (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(NodeTools.RepoRoot, "manifest", file)))!;
}
