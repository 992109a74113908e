using CjmBot.Testing;
using CjmBot.Workshops;
using CjmBot.Workshops.Questions;
using Xunit;

namespace CjmBot.UnitTests;

/// <summary>The method the repository explains itself with (docs/method.md) and the questions the bot asks are the same words.</summary>
public sealed class MethodDocumentTests
{
    private static readonly string[] MethodLines = File.ReadAllLines(Path.Combine(NodeTools.RepoRoot, "docs", "method.md"));

    public static TheoryData<QuestionKey> SixQuestions => new(QuestionCatalog.For(kpiEnabled: false));

    [Theory]
    [MemberData(nameof(SixQuestions))]
    public void EveryStageQuestion_IsAskedInTheMethodsWords(QuestionKey key)
    {
        var row = MethodLines.Single(line => line.StartsWith($"| {key.ToString().ToLowerInvariant()} |", StringComparison.Ordinal));
        var cells = row.Split('|', StringSplitOptions.TrimEntries);

        Assert.Equal(cells[2], QuestionCatalog.Text(key, Language.En).Prompt);
        Assert.Equal(cells[3], QuestionCatalog.Text(key, Language.Ru).Prompt);
    }

    [Fact]
    public void TheOptionalKpiQuestion_IsAskedInTheMethodsWords()
    {
        var method = string.Join(' ', MethodLines.Select(line => line.Trim()));

        Assert.Contains($"**kpi** (\"{QuestionCatalog.Text(QuestionKey.Kpi, Language.En).Prompt}\" /", method);
        Assert.Contains($"\"{QuestionCatalog.Text(QuestionKey.Kpi, Language.Ru).Prompt}\")", method);
    }

    [Fact]
    public void TheQuestions_AreAskedInTheMethodsOrder()
    {
        var documented = MethodLines
            .Where(line => line.StartsWith("| ", StringComparison.Ordinal))
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries)[1])
            .Where(cell => Enum.TryParse<QuestionKey>(cell, ignoreCase: true, out _))
            .ToList();

        Assert.Equal(QuestionCatalog.For(kpiEnabled: false).Select(key => key.ToString().ToLowerInvariant()), documented);
    }
}
