using CjmBot.Themes;
using CjmBot.Workshops;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Questions;
using CjmBot.Workshops.Themes;

namespace CjmBot.Application.UseCases.Reading;

/// <summary>
/// A segment's lane as the themes card shows it: the accepted themes (stored), each answer outside them that
/// <see cref="ThemeProposer.Suggest"/> places in one (suggested, not assigned until the facilitator accepts), and themes
/// proposed for the rest. Only the snapshot's standing answers are read, so answers the reading layer hides never enter.
/// </summary>
public static class ThemeBoards
{
    // Stateless and deterministic, so one instance serves every request.
    private static readonly ThemeProposer Proposer = new();

    public static SegmentThemes For(WorkshopSnapshot workshop, Segment segment, QuestionKey lane)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        ArgumentNullException.ThrowIfNull(segment);
        var accepted = workshop.Themes.Accepted(segment.Id, lane);
        var version = workshop.Themes.Latest(segment.Id, lane)?.Id ?? "";
        var outside = workshop.Answers
            .Where(answer => answer.SegmentId == segment.Id && answer.Question == lane && workshop.Themes.ThemeOf(answer.Id) is null)
            .OrderBy(answer => answer.StageIndex)
            .ThenBy(answer => answer.At)
            .ToList();

        var suggestions = new List<ThemeSuggestion>();
        var rest = new List<Workshops.Contributions.Answer>();
        var acceptedTexts = accepted.Select(theme => (IReadOnlyList<string>)[.. theme.Answers.Select(answer => answer.Text)]).ToList();
        var suggested = accepted.Count == 0 ? [] : Proposer.SuggestAll(acceptedTexts, [.. outside.Select(answer => answer.Text)]);
        for (var i = 0; i < outside.Count; i++)
        {
            if (accepted.Count > 0 && suggested[i] is { } index)
            {
                suggestions.Add(new ThemeSuggestion(outside[i], accepted[index]));
            }
            else
            {
                rest.Add(outside[i]);
            }
        }

        return new SegmentThemes(segment, Propose(rest)) { Accepted = accepted, Suggestions = suggestions, Version = version };
    }

    /// <summary>The label a single answer's theme gets when it is split off on its own.</summary>
    public static string LabelOf(Workshops.Contributions.Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return Proposer.Propose([new ThemeAnswer(answer.Id, answer.Text)])[0].Label;
    }

    private static List<AnswerTheme> Propose(List<Workshops.Contributions.Answer> answers)
    {
        if (answers.Count == 0)
        {
            return [];
        }

        var byId = answers.ToDictionary(answer => answer.Id, StringComparer.Ordinal);
        return [.. Proposer.Propose([.. answers.Select(answer => new ThemeAnswer(answer.Id, answer.Text))])
            .Select(theme => new AnswerTheme(theme.Label, [.. theme.AnswerIds.Select(id => byId[id])]))];
    }
}
