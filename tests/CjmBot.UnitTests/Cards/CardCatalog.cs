using System.Text.Json.Nodes;
using CjmBot.Bot.Routes;
using CjmBot.Workshops;

namespace CjmBot.UnitTests.Cards;

/// <summary>
/// Every card the bot can send, built with representative data. Each entry has a golden file and is run
/// through the official Adaptive Cards renderer; a new card builder must be added here.
/// </summary>
public static class CardCatalog
{
    public static IEnumerable<(string Name, JsonObject Card)> All()
    {
        yield return ("help.en", HelpRoutes.CreateCard(Language.En));
        yield return ("help.ru", HelpRoutes.CreateCard(Language.Ru));
    }

    public static TheoryDataOf Names() => new(All().Select(entry => entry.Name));

    public static JsonObject Get(string name) => All().Single(entry => entry.Name == name).Card;
}

public sealed class TheoryDataOf : Xunit.TheoryData<string>
{
    public TheoryDataOf(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            Add(name);
        }
    }
}
