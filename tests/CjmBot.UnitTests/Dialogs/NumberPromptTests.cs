using CjmBot.Dialogs.Prompts;
using Xunit;

namespace CjmBot.UnitTests.Dialogs;

public sealed class NumberPromptTests
{
    public static TheoryData<string, decimal> Numbers => new()
    {
        { "2", 2m },
        { "+2", 2m },
        { "-2", -2m },
        { "\u22121", -1m },
        { "\u20131", -1m },
        { "+ 1", 1m },
        { " 0 ", 0m },
        { "1,5", 1.5m },
        { "\uFF0B2", 2m },
    };

    [Theory]
    [MemberData(nameof(Numbers))]
    public void TryParse_AsPeopleTypeIt_ReadsTheNumber(string text, decimal expected)
    {
        Assert.True(NumberPrompt.TryParse(text, out var value), $"\"{text}\" was not read as a number.");
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("two")]
    [InlineData("2 3")]
    [InlineData("--1")]
    [InlineData("1e3")]
    public void TryParse_NotANumber_IsRefused(string text) => Assert.False(NumberPrompt.TryParse(text, out _));
}
