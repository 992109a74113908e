using CjmBot.Bot.Commands;
using CjmBot.Bot.Routes;
using CjmBot.Testing;
using CjmBot.Workshops;
using Xunit;

namespace CjmBot.UnitTests.Bot.Guidance;

/// <summary>The one "did you mean" rule of the command parser: slips of the fingers are asked about, real words are answers.</summary>
public sealed class CommandSuggestionTests
{
    private static readonly CommandParser Parser = new(BotCommands.All);

    [Theory]
    [InlineData("nxet", "next")] // two letters swapped
    [InlineData("nexr", "next")] // a neighbouring key
    [InlineData("nextt", "next")] // a doubled letter
    [InlineData("nxt", "next")] // a missing letter
    [InlineData("туче", "next")] // the Russian layout on
    [InlineData("ьфз", "map")]
    [InlineData("Stauts", "status")]
    [InlineData("qeustion", "question")]
    [InlineData("дальшн", "дальше")]
    [InlineData("lfkmit", "дальше")] // the English layout on
    [InlineData("пропутсить", "пропустить")]
    [InlineData("статсу", "статус")]
    public void Slip_SuggestsTheCommand(string typed, string expected) =>
        Assert.Equal(expected, Parser.Suggest(typed)?.Word);

    [Theory]
    [InlineData("price")]
    [InlineData("bank")] // back, but c and n are far apart
    [InlineData("text")] // next
    [InlineData("note")] // vote
    [InlineData("rule")] // role
    [InlineData("ship")] // skip
    [InlineData("expert")] // export
    [InlineData("maps")] // a plural, not a slip
    [InlineData("closed")]
    [InlineData("new")]
    [InlineData("+1")]
    [InlineData("next please")] // more than one word
    [InlineData("цена")]
    [InlineData("карты")]
    [InlineData("задача")]
    public void RealWord_IsNoSuggestion(string typed) => Assert.Null(Parser.Suggest(typed));

    [Fact]
    public void ACommand_IsNoSuggestion() => Assert.Null(Parser.Suggest("next"));

    [Fact]
    public void HelpCard_ShowsEveryPlaceholder_EscapedForMarkdown_InBothLanguages()
    {
        foreach (var language in new[] { Language.En, Language.Ru })
        {
            var facts = new CardView(HelpRoutes.CreateCard(language)).Texts;
            // Teams reads a Fact as markdown, where <role> would be an HTML tag and vanish.
            Assert.DoesNotContain(facts, text => text.Contains('<', StringComparison.Ordinal) || text.Contains('>', StringComparison.Ordinal));
            foreach (var usage in language == Language.Ru
                ? new[] { "роль ‹роль›: ‹этапы›", "инсайт ‹текст›", @"пригласить @имя … \[как ‹роль›\] \| всех" }
                : ["role ‹role›: ‹stages›", "insight ‹text›", @"invite @name … \[as ‹role›\] \| all"])
            {
                Assert.Contains(facts, fact => fact.StartsWith(usage + " ", StringComparison.Ordinal)); // a fact reads "usage description"
            }
        }
    }
}
