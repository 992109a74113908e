using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Questions;

namespace CjmBot.Workshops.Themes;

/// <summary>An accepted theme with the answers still standing in it (withdrawn answers drop out), in the order it holds them.</summary>
public sealed record AcceptedTheme(string Id, string Label, IReadOnlyList<Answer> Answers)
{
    public int Count => Answers.Count;
}

/// <summary>
/// The read model of the stored themes: the latest <see cref="ThemeRecord"/> per segment and lane, resolved against the
/// answers standing now. An answer belongs to at most one theme (the first that names it); themes left without a standing
/// answer are not shown.
/// </summary>
public sealed class WorkshopThemes
{
    private readonly Dictionary<(string Segment, QuestionKey Lane), (ThemeRecord Record, List<AcceptedTheme> Themes)> _lanes = [];
    private readonly Dictionary<string, AcceptedTheme> _byAnswer = new(StringComparer.Ordinal);

    public static WorkshopThemes Empty { get; } = new([], []);

    public WorkshopThemes(IReadOnlyList<ThemeRecord> records, IReadOnlyList<Answer> answers)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(answers);
        var latest = new Dictionary<(string, QuestionKey), ThemeRecord>();
        foreach (var record in records.OrderBy(r => r.Sequence).ThenBy(r => r.At).ThenBy(r => r.Id, StringComparer.Ordinal))
        {
            latest[(record.SegmentId, record.Lane)] = record;
        }

        var standing = answers.ToDictionary(answer => answer.Id, StringComparer.Ordinal);
        foreach (var ((segment, lane), record) in latest)
        {
            var themes = new List<AcceptedTheme>();
            foreach (var stored in record.Themes)
            {
                var held = stored.AnswerIds
                    .Where(id => !_byAnswer.ContainsKey(id) && standing.TryGetValue(id, out var answer) && answer.SegmentId == segment && answer.Question == lane)
                    .Distinct(StringComparer.Ordinal)
                    .Select(id => standing[id])
                    .ToList();
                if (held.Count == 0)
                {
                    continue;
                }

                var theme = new AcceptedTheme(stored.Id, stored.Label, held);
                themes.Add(theme);
                foreach (var answer in held)
                {
                    _byAnswer[answer.Id] = theme;
                }
            }

            _lanes[(segment, lane)] = (record, themes);
        }
    }

    /// <summary>The record that stands for the segment's lane (null: nothing was ever accepted there); its id is the arrangement's version.</summary>
    public ThemeRecord? Latest(string segmentId, QuestionKey lane) => _lanes.TryGetValue((segmentId, lane), out var entry) ? entry.Record : null;

    /// <summary>The segment's accepted themes in the lane, in their stored order; empty before acceptance or after a reset.</summary>
    public IReadOnlyList<AcceptedTheme> Accepted(string segmentId, QuestionKey lane) =>
        _lanes.TryGetValue((segmentId, lane), out var entry) ? entry.Themes : [];

    /// <summary>Whether any segment has accepted themes in the lane.</summary>
    public bool HasAccepted(QuestionKey lane) => _lanes.Any(pair => pair.Key.Lane == lane && pair.Value.Themes.Count > 0);

    /// <summary>The accepted theme an answer belongs to, if any.</summary>
    public AcceptedTheme? ThemeOf(string answerId) => _byAnswer.GetValueOrDefault(answerId);
}
