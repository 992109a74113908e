using System.Text.Json.Nodes;
using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Submissions;
using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Questions;
using CjmBot.Workshops.Themes;

namespace CjmBot.Cards.Screens;

/// <summary>
/// The themes of one lane, per segment: before acceptance, the proposed themes (label from their own answers, count,
/// first answers, "+N more") with <em>Accept</em> buttons; after, the accepted themes (✓), new answers suggested into
/// them, themes proposed for the rest, and the facilitator's tools (rename, merge, move, split off, back to the proposal).
/// Every button names the arrangement it showed, so a click on an older card changes nothing. A big workshop shows fewer
/// answers and themes, the richest cut that stays under <see cref="MapCard.MaxCardBytes"/>; every count stays the full count.
/// </summary>
public static class ThemesCard
{
    public const int MaxAnswerLength = 120;

    /// <summary>Answers offered to move or split off, and the length of their titles there.</summary>
    private const int MaxAnswerChoices = 30;
    private const int MaxChoiceLength = 60;

    /// <summary>Answers shown per theme and themes shown per segment, richest first; the last always fits (headings only).</summary>
    private static readonly (int Answers, int Themes)[] Cuts = [(5, 15), (3, 15), (3, 10), (2, 10), (1, 10), (1, 5), (0, 5), (0, 0)];

    /// <summary>The card; <paramref name="notice"/> is a line on top saying what the last action did (or why it did nothing).</summary>
    public static JsonObject Create(WorkshopFrame frame, QuestionKey lane, IReadOnlyList<SegmentThemes> segments, string? notice = null, bool noticeIsProblem = false)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(segments);
        JsonObject card = null!;
        foreach (var cut in Cuts)
        {
            card = Build(frame, lane, segments, cut.Answers, cut.Themes, notice, noticeIsProblem);
            if (MapCard.Utf16Bytes(card) <= MapCard.MaxCardBytes)
            {
                break;
            }
        }

        return card;
    }

    private static JsonObject Build(
        WorkshopFrame frame, QuestionKey lane, IReadOnlyList<SegmentThemes> segments, int answersShown, int themesShown, string? notice, bool noticeIsProblem)
    {
        var text = ThemeText.For(frame.Language);
        var heading = text.Heading(QuestionCatalog.Text(lane, frame.Language).Lane);
        var body = new List<CardElement>
        {
            new TextBlock(heading) { Heading = true, Size = TextSize.Large, Bold = true },
            new TextBlock(segments.Any(s => s.HasAccepted) ? text.AcceptedIntro : text.Intro) { Subtle = true, Size = TextSize.Small, Spacing = Spacing.None },
        };
        if (notice is not null)
        {
            body.Add(new TextBlock(notice) { Color = noticeIsProblem ? TextColor.Attention : TextColor.Good, Spacing = Spacing.Small });
        }

        for (var index = 0; index < segments.Count; index++)
        {
            var segment = segments[index];
            var themeCount = segment.Accepted.Count + segment.Themes.Count;
            var segmentHeading = segment.AnswerCount == 0 ? segment.Segment.Name : text.SegmentHeading(segment.Segment.Name, segment.AnswerCount, themeCount);
            body.Add(new RichText(new TextRun(segmentHeading) { Bold = true })
            {
                Separator = true, Spacing = Spacing.Medium,
            });
            if (segment.AnswerCount == 0)
            {
                body.Add(new TextBlock(text.NoAnswersInSegment) { Subtle = true, Size = TextSize.Small, Spacing = Spacing.None });
                continue;
            }

            var submit = new ThemeSubmit(ThemeAction.AcceptAll, frame.Id, segment.Segment.Id, index, lane, segment.Version);
            foreach (var theme in segment.Accepted.Take(themesShown))
            {
                AddTheme(body, text, "✓ " + theme.Label, theme.Answers, answersShown);
            }

            if (segment.Suggestions.Count > 0)
            {
                body.Add(new TextBlock(text.SuggestedHeading) { Subtle = true, Size = TextSize.Small, Spacing = Spacing.Small });
                foreach (var suggestion in segment.Suggestions.Take(Math.Max(answersShown, 1) * 3))
                {
                    body.Add(new RichText(new TextRun(text.Suggested(ParticipantText.Truncate(suggestion.Answer.Text, MaxAnswerLength), suggestion.Theme.Label)))
                    {
                        Spacing = Spacing.None,
                    });
                }

                body.Add(new ActionSet(new ExecuteAction(text.AcceptSuggested, submit with { Action = ThemeAction.AcceptSuggested })));
            }

            if (segment.HasAccepted && segment.Themes.Count > 0)
            {
                body.Add(new TextBlock(text.ProposedHeading) { Subtle = true, Size = TextSize.Small, Spacing = Spacing.Small });
            }

            var shown = segment.Themes.Take(Math.Max(themesShown - Math.Min(segment.Accepted.Count, themesShown), 0)).ToList();
            foreach (var theme in shown)
            {
                AddTheme(body, text, theme.Label, theme.Answers, answersShown);
                body.Add(new ActionSet(new ExecuteAction(
                    text.AcceptTheme(ParticipantText.Truncate(theme.Label, MaxChoiceLength)),
                    submit with { Action = ThemeAction.AcceptOne, AnswerId = theme.Answers[0].Id }))
                {
                    Spacing = Spacing.None,
                });
            }

            if (themeCount > shown.Count + Math.Min(segment.Accepted.Count, themesShown))
            {
                body.Add(new TextBlock(text.MoreThemes(themeCount - shown.Count - Math.Min(segment.Accepted.Count, themesShown)))
                {
                    Subtle = true, Size = TextSize.Small, Spacing = Spacing.Small,
                });
            }

            if (segment.Themes.Count > 0)
            {
                body.Add(new ActionSet(new ExecuteAction(text.AcceptAll, submit)));
            }

            if (segment.HasAccepted)
            {
                AddTools(body, text, segment, submit);
            }
        }

        return new AdaptiveCard(body) { FallbackText = heading, Lang = frame.Language.Code() }.ToJson();
    }

    /// <summary>Rename and merge (pick a theme), move and split off (pick an answer), and back to the proposal.</summary>
    private static void AddTools(List<CardElement> body, ThemeText text, SegmentThemes segment, ThemeSubmit submit)
    {
        var index = submit.SegmentIndex;
        var themes = segment.Accepted.Select(theme => new Choice(ParticipantText.Truncate(theme.Label, MaxChoiceLength), theme.Id)).ToList();
        var answers = segment.AllAnswers.Take(MaxAnswerChoices)
            .Select(answer => new Choice(ParticipantText.Truncate(answer.Text, MaxChoiceLength), answer.Id)).ToList();
        body.Add(new ChoiceInput(ThemeInputs.Id(ThemeInput.Theme, index), text.ThemeInput, themes) { Value = themes[0].Value, Spacing = Spacing.Medium });
        body.Add(new TextInput(ThemeInputs.Id(ThemeInput.Label, index), text.LabelInput));
        body.Add(new ActionSet(new ExecuteAction(text.Rename, submit with { Action = ThemeAction.Rename })));
        if (themes.Count > 1)
        {
            body.Add(new ChoiceInput(ThemeInputs.Id(ThemeInput.Into, index), text.IntoInput, themes) { Value = themes[1].Value });
            body.Add(new ActionSet(new ExecuteAction(text.Merge, submit with { Action = ThemeAction.Merge })));
        }

        body.Add(new ChoiceInput(ThemeInputs.Id(ThemeInput.Answer, index), text.AnswerInput, answers) { Value = answers[0].Value, Spacing = Spacing.Medium });
        body.Add(new ChoiceInput(ThemeInputs.Id(ThemeInput.Target, index), text.TargetInput, themes) { Value = themes[0].Value });
        body.Add(new ActionSet(
            new ExecuteAction(text.Move, submit with { Action = ThemeAction.Move }),
            new ExecuteAction(text.Split, submit with { Action = ThemeAction.Split }),
            new ExecuteAction(text.Reset, submit with { Action = ThemeAction.Reset }) { IgnoreInputs = true }));
    }

    private static void AddTheme(List<CardElement> body, ThemeText text, string label, IReadOnlyList<Answer> answers, int answersShown)
    {
        // The label is made of participants' words, so it goes in a text run (never markdown).
        body.Add(new RichText(
            new TextRun(label) { Bold = true },
            new TextRun(" · " + text.Answers(answers.Count)) { Color = TextColor.Accent })
        {
            Spacing = Spacing.Small,
        });
        foreach (var answer in answers.Take(answersShown))
        {
            body.Add(new RichText(new TextRun("• " + ParticipantText.Truncate(answer.Text, MaxAnswerLength))) { Spacing = Spacing.None });
        }

        if (answers.Count > answersShown)
        {
            body.Add(new TextBlock(text.MoreAnswers(answers.Count - answersShown)) { Subtle = true, Size = TextSize.Small, Spacing = Spacing.None });
        }
    }
}
