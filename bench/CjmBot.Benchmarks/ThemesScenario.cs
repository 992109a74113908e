using System.Diagnostics;
using System.Globalization;
using CjmBot.Themes;

namespace CjmBot.Benchmarks;

/// <summary>
/// <c>themes</c>: the quality of the proposed themes on the labelled corpus (adjusted Rand index and purity against the
/// themes people gave), and the time to propose themes for 1,000 answers (the corpus five times over, every copy with
/// other typos, so no two answers are the same text), in process, after warm-up.
/// </summary>
internal static class ThemesScenario
{
    public const string Name = "themes";
    private const int Answers = 1000;
    private const int WarmUp = 5;
    private const int Measured = 20;

    public static void Run(ResultsTable results)
    {
        results.Section(Name, $"Themes for the labelled corpus (tests/CjmBot.UnitTests/Themes/labelled-answers.tsv), and for {Answers} answers made from it, proposed {Measured} times after {WarmUp} warm-up runs.");
        var corpus = LoadCorpus();
        var proposer = new ThemeProposer();

        var themes = proposer.Propose(corpus.Select((entry, index) => new ThemeAnswer(Id(index), entry.Text)).ToList());
        var groupOf = themes.SelectMany((theme, group) => theme.AnswerIds.Select(id => (id, group))).ToDictionary(pair => pair.id, pair => pair.group, StringComparer.Ordinal);
        var groups = corpus.Select((_, index) => groupOf[Id(index)]).ToList();
        var labels = corpus.Select(entry => entry.Label).ToList();
        var ari = GroupingAgreement.AdjustedRandIndex(labels, groups);
        results.Add(Name, "corpus answers / themes given by hand", $"{corpus.Count} / {labels.Distinct(StringComparer.Ordinal).Count()}");
        results.Add(Name, "themes proposed for the corpus", themes.Count);
        results.Add(Name, "adjusted Rand index (goal ≥ 0.6)", ari, "F3");
        results.Add(Name, "purity", GroupingAgreement.Purity(labels, groups), "F3");

        var many = Enumerable.Range(0, Answers).Select(index => new ThemeAnswer(Id(index), WithTypo(corpus[index % corpus.Count].Text, index / corpus.Count))).ToList();
        for (var i = 0; i < WarmUp; i++)
        {
            proposer.Propose(many);
        }

        var times = new List<TimeSpan>(Measured);
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        IReadOnlyList<ProposedTheme> proposed = [];
        for (var i = 0; i < Measured; i++)
        {
            var started = Stopwatch.GetTimestamp();
            proposed = proposer.Propose(many);
            times.Add(Stopwatch.GetElapsedTime(started));
        }

        process.Refresh();
        results.Add(Name, $"themes proposed for {Answers} answers", proposed.Count);
        results.AddLatency(Name, $"time to propose themes for {Answers} answers (goal ≤ 200 ms)", LatencySummary.Of(times));
        results.Add(Name, "CPU time per proposal, whole process incl. GC (ms)", (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / Measured, "F1");
        Suggestions(results, proposer, many);
        if (ari < 0.6)
        {
            results.Fail(Name, $"the adjusted Rand index is {ari:F3}, under 0.6.");
        }
    }

    /// <summary>
    /// The themes card after acceptance: the first 800 answers' themes accepted, the last 200 suggested into them in one
    /// pass (<see cref="ThemeProposer.SuggestAll"/>, as the card does), against one <see cref="ThemeProposer.Suggest"/> per answer.
    /// </summary>
    private static void Suggestions(ResultsTable results, ThemeProposer proposer, List<ThemeAnswer> many)
    {
        const int accepted = 800;
        var textOf = many.ToDictionary(answer => answer.Id, answer => answer.Text, StringComparer.Ordinal);
        IReadOnlyList<IReadOnlyList<string>> themes = [.. proposer.Propose(many.Take(accepted).ToList())
            .Select(theme => (IReadOnlyList<string>)[.. theme.AnswerIds.Select(id => textOf[id])])];
        var fresh = many.Skip(accepted).Select(answer => answer.Text).ToList();
        for (var i = 0; i < WarmUp; i++)
        {
            proposer.SuggestAll(themes, fresh);
        }

        var times = new List<TimeSpan>(Measured);
        IReadOnlyList<int?> suggested = [];
        for (var i = 0; i < Measured; i++)
        {
            var started = Stopwatch.GetTimestamp();
            suggested = proposer.SuggestAll(themes, fresh);
            times.Add(Stopwatch.GetElapsedTime(started));
        }

        var one = Stopwatch.GetTimestamp();
        var single = fresh.Select(text => proposer.Suggest(themes, text)).ToList();
        var perAnswer = Stopwatch.GetElapsedTime(one);
        results.Add(Name, $"{fresh.Count} new answers suggested into {themes.Count} accepted themes ({accepted} answers)", suggested.Count(s => s is not null));
        results.AddLatency(Name, $"time to suggest {fresh.Count} new answers in one pass (the themes card)", LatencySummary.Of(times));
        results.Add(Name, "the same, one Suggest per answer, once (ms)", perAnswer.TotalMilliseconds, "F0");
        results.Add(Name, "one-pass suggestions equal to the per-answer ones", suggested.Zip(single).Count(pair => pair.First == pair.Second));
    }

    private static string Id(int index) => index.ToString(CultureInfo.InvariantCulture);

    /// <summary>The text with its <paramref name="copy"/>-th longer word's two middle letters swapped (copy 0: unchanged).</summary>
    private static string WithTypo(string text, int copy)
    {
        if (copy == 0)
        {
            return text;
        }

        var words = text.Split(' ');
        var longer = Enumerable.Range(0, words.Length).Where(index => words[index].Length >= 6).ToList();
        if (longer.Count == 0)
        {
            return text + " " + copy.ToString(CultureInfo.InvariantCulture);
        }

        var at = longer[copy % longer.Count];
        var letters = words[at].ToCharArray();
        var middle = letters.Length / 2;
        (letters[middle - 1], letters[middle]) = (letters[middle], letters[middle - 1]);
        words[at] = new string(letters);
        return string.Join(' ', words);
    }

    private static List<(string Label, string Text)> LoadCorpus()
    {
        var path = Path.Combine(Path.GetDirectoryName(Program.ResultsPath("x"))!, "..", "..", "tests", "CjmBot.UnitTests", "Themes", "labelled-answers.tsv");
        return File.ReadAllLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t', 2))
            .Select(fields => (fields[0], fields[1]))
            .ToList();
    }
}
