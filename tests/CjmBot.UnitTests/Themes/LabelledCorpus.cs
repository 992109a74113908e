namespace CjmBot.UnitTests.Themes;

/// <summary>The labelled answers of <c>labelled-answers.tsv</c> (theme given by hand, tab, answer).</summary>
internal static class LabelledCorpus
{
    public static IReadOnlyList<(string Label, string Text)> Load() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Themes", "labelled-answers.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t', 2))
            .Select(fields => (fields[0], fields[1]))
            .ToList();
}
