using System.Text.Json.Nodes;
using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Workshops;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Questions;
using CjmBot.Workshops.Themes;

namespace CjmBot.Cards.Screens;

/// <summary>
/// The themes proposed for one lane: per segment, each theme's label (words of its own answers), how many answers it
/// holds, and its first answers with the rest counted ("+N more"). A big workshop shows fewer answers and themes, the
/// richest cut that stays under <see cref="MapCard.MaxCardBytes"/>, and every count stays the full count.
/// </summary>
public static class ThemesCard
{
    public const int MaxAnswerLength = 120;

    /// <summary>Answers shown per theme and themes shown per segment, richest first; the last always fits (headings only).</summary>
    private static readonly (int Answers, int Themes)[] Cuts = [(5, 15), (3, 15), (3, 10), (2, 10), (1, 10), (1, 5), (0, 5), (0, 0)];

    public static JsonObject Create(WorkshopFrame frame, QuestionKey lane, IReadOnlyList<SegmentThemes> segments)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(segments);
        JsonObject card = null!;
        foreach (var cut in Cuts)
        {
            card = Build(frame, lane, segments, cut.Answers, cut.Themes);
            if (MapCard.Utf16Bytes(card) <= MapCard.MaxCardBytes)
            {
                break;
            }
        }

        return card;
    }

    private static JsonObject Build(WorkshopFrame frame, QuestionKey lane, IReadOnlyList<SegmentThemes> segments, int answersShown, int themesShown)
    {
        var text = ThemeText.For(frame.Language);
        var heading = text.Heading(QuestionCatalog.Text(lane, frame.Language).Lane);
        var body = new List<CardElement>
        {
            new TextBlock(heading) { Heading = true, Size = TextSize.Large, Bold = true },
            new TextBlock(text.Intro) { Subtle = true, Size = TextSize.Small, Spacing = Spacing.None },
        };

        foreach (var segment in segments)
        {
            var segmentHeading = segment.Themes.Count == 0 ? segment.Segment.Name : text.SegmentHeading(segment.Segment.Name, segment.AnswerCount, segment.Themes.Count);
            body.Add(new RichText(new TextRun(segmentHeading) { Bold = true })
            {
                Separator = true, Spacing = Spacing.Medium,
            });
            if (segment.Themes.Count == 0)
            {
                body.Add(new TextBlock(text.NoAnswersInSegment) { Subtle = true, Size = TextSize.Small, Spacing = Spacing.None });
                continue;
            }

            foreach (var theme in segment.Themes.Take(themesShown))
            {
                AddTheme(body, text, theme, answersShown);
            }

            if (segment.Themes.Count > themesShown)
            {
                body.Add(new TextBlock(text.MoreThemes(segment.Themes.Count - themesShown)) { Subtle = true, Size = TextSize.Small, Spacing = Spacing.Small });
            }
        }

        return new AdaptiveCard(body) { FallbackText = heading, Lang = frame.Language.Code() }.ToJson();
    }

    private static void AddTheme(List<CardElement> body, ThemeText text, AnswerTheme theme, int answersShown)
    {
        // The label is made of participants' words, so it goes in a text run (never markdown).
        body.Add(new RichText(
            new TextRun(theme.Label) { Bold = true },
            new TextRun(" · " + text.Answers(theme.Count)) { Color = TextColor.Accent })
        {
            Spacing = Spacing.Small,
        });
        foreach (var answer in theme.Answers.Take(answersShown))
        {
            body.Add(new RichText(new TextRun("• " + ParticipantText.Truncate(answer.Text, MaxAnswerLength))) { Spacing = Spacing.None });
        }

        if (theme.Count > answersShown)
        {
            body.Add(new TextBlock(text.MoreAnswers(theme.Count - answersShown)) { Subtle = true, Size = TextSize.Small, Spacing = Spacing.None });
        }
    }
}
