using CjmBot.Themes;
using Xunit;
using Xunit.Abstractions;

namespace CjmBot.UnitTests.Themes;

public sealed class ThemeProposerTests(ITestOutputHelper output)
{
    private static readonly ThemeProposer Proposer = new();

    private static List<ThemeAnswer> Answers(params string[] texts) =>
        texts.Select((text, index) => new ThemeAnswer("a" + index, text)).ToList();

    private static string ThemeOf(IReadOnlyList<ProposedTheme> themes, string id) => themes.Single(theme => theme.AnswerIds.Contains(id)).Label;

    [Fact]
    public void LabelledCorpus_IsGroupedAsPeopleGroupedIt()
    {
        var corpus = LabelledCorpus.Load();
        Assert.True(corpus.Count >= 200, $"the corpus holds {corpus.Count} answers");
        Assert.True(corpus.Select(entry => entry.Label).Distinct().Count() >= 15);

        var themes = Proposer.Propose(corpus.Select((entry, index) => new ThemeAnswer(index.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.Text)).ToList());
        var groupOf = themes.SelectMany((theme, group) => theme.AnswerIds.Select(id => (id, group))).ToDictionary(pair => int.Parse(pair.id, System.Globalization.CultureInfo.InvariantCulture), pair => pair.group);
        var groups = Enumerable.Range(0, corpus.Count).Select(index => groupOf[index]).ToList();
        var labels = corpus.Select(entry => entry.Label).ToList();
        var ari = GroupingAgreement.AdjustedRandIndex(labels, groups);
        var purity = GroupingAgreement.Purity(labels, groups);
        output.WriteLine($"{themes.Count} themes; ARI {ari:F3}; purity {purity:F3}");
        foreach (var theme in themes)
        {
            output.WriteLine($"{theme.Label} ({theme.Count}): {string.Join(" | ", theme.AnswerIds.Select(id => corpus[int.Parse(id, System.Globalization.CultureInfo.InvariantCulture)].Text))}");
        }

        Assert.True(ari >= 0.6, $"adjusted Rand index {ari:F3} (goal ≥ 0.6)");
        Assert.True(purity >= 0.8, $"purity {purity:F3}");
    }

    [Fact]
    public void SynonymsAcrossLanguages_FormOneTheme()
    {
        var themes = Proposer.Propose(Answers("Too expensive", "цена слишком высокая", "дорого", "Delivery is slow", "доставка долгая", "courier late"));

        Assert.Equal(2, themes.Count);
        Assert.Equal(["a0", "a1", "a2"], themes.Single(theme => theme.AnswerIds.Contains("a0")).AnswerIds);
        Assert.Equal(["a3", "a4", "a5"], themes.Single(theme => theme.AnswerIds.Contains("a3")).AnswerIds);
    }

    [Fact]
    public void Misspelling_JoinsTheThemeOfTheWordMeant()
    {
        var themes = Proposer.Propose(Answers("support is slow to answer", "suport never replies", "поддержка молчит", "Payment fails", "paymnet declined"));

        Assert.Equal(ThemeOf(themes, "a0"), ThemeOf(themes, "a1"));
        Assert.Equal(ThemeOf(themes, "a0"), ThemeOf(themes, "a2"));
        Assert.Equal(ThemeOf(themes, "a3"), ThemeOf(themes, "a4"));
        Assert.NotEqual(ThemeOf(themes, "a0"), ThemeOf(themes, "a3"));
    }

    [Fact]
    public void Label_IsTheWordTheAnswersUseMost()
    {
        var themes = Proposer.Propose(Answers("доставка долгая", "доставка в регионы", "slow delivery"));

        Assert.Equal("Доставка", Assert.Single(themes).Label);
    }

    [Fact]
    public void Themes_AreLargestFirst_AndTheSameForTheSameInput()
    {
        var answers = LabelledCorpus.Load().Select((entry, index) => new ThemeAnswer("x" + index, entry.Text)).ToList();

        var first = Proposer.Propose(answers);
        var second = Proposer.Propose(answers);

        Assert.Equal(first.Select(theme => (theme.Label, string.Join(",", theme.AnswerIds))), second.Select(theme => (theme.Label, string.Join(",", theme.AnswerIds))));
        Assert.Equal(first.Select(theme => theme.Count).OrderDescending(), first.Select(theme => theme.Count));
        Assert.Equal(answers.Count, first.Sum(theme => theme.Count));
    }

    [Fact]
    public void AnswerOfStopWordsOnly_StandsAlone()
    {
        var themes = Proposer.Propose(Answers("it is what it is", "prices are high", "high price"));

        Assert.Equal(["a0"], themes.Single(theme => theme.AnswerIds.Contains("a0")).AnswerIds);
        Assert.Equal(["a1", "a2"], themes.Single(theme => theme.AnswerIds.Contains("a1")).AnswerIds);
    }

    [Fact]
    public void NewAnswer_IsSuggestedIntoTheThemeItBelongsTo_OrNone()
    {
        IReadOnlyList<IReadOnlyList<string>> themes = [["Delivery is slow", "доставка долгая"], ["too expensive", "цена высокая"]];

        Assert.Equal(1, Proposer.Suggest(themes, "дорого"));
        Assert.Equal(0, Proposer.Suggest(themes, "курьер опоздал с доставкой"));
        Assert.Null(Proposer.Suggest(themes, "the weather was nice"));
    }

    [Fact]
    public void ManyNewAnswers_AreSuggestedInOnePass_LikeOneByOne()
    {
        IReadOnlyList<IReadOnlyList<string>> themes = [["Delivery is slow", "доставка долгая"], ["too expensive", "цена высокая"]];

        Assert.Equal([1, 0, null], Proposer.SuggestAll(themes, ["дорого", "курьер опоздал с доставкой", "the weather was nice"]));
        Assert.Empty(Proposer.SuggestAll(themes, []));
        Assert.Equal([null], Proposer.SuggestAll([], ["дорого"]));
    }

    [Fact]
    public void NoAnswers_NoThemes() => Assert.Empty(Proposer.Propose([]));
}
