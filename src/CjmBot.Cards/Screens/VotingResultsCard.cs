using System.Globalization;
using System.Text.Json.Nodes;
using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Workshops;
using CjmBot.Workshops.Questions;
using CjmBot.Workshops.Themes;

namespace CjmBot.Cards.Screens;

/// <summary>
/// The ranking when voting closes: per segment, barriers and solutions with votes, best first, and how many people
/// voted. Voters are never named, whatever the workshop's anonymity: a dot is an opinion, not an assignment.
/// </summary>
public static class VotingResultsCard
{
    public const int MaxPerLane = 10;

    public static JsonObject Create(WorkshopSnapshot workshop)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var frame = workshop.Frame;
        var text = VotingText.For(frame.Language);
        var body = new List<CardElement> { new TextBlock(text.ClosedHeading) { Heading = true, Size = TextSize.Large, Bold = true } };
        foreach (var segment in frame.Segments)
        {
            body.Add(new RichText(new TextRun(text.ResultsHeading(segment.Name)) { Bold = true }) { Separator = true, Spacing = Spacing.Medium });
            var onThemes = workshop.Voting.OnThemes;
            var voters = onThemes ? ThemeVoting.Voters(workshop, segment.Id) : workshop.Decisions.Ballots.Count(b => b.SegmentId == segment.Id && b.Spent > 0);
            body.Add(new TextBlock(voters == 0 ? text.NoVotes : text.Voters(voters)) { Subtle = true, Size = TextSize.Small, Spacing = Spacing.None });
            if (onThemes)
            {
                body.AddRange(ThemeRanking(workshop, segment.Id, text));
                continue;
            }

            foreach (var question in new[] { QuestionKey.Barriers, QuestionKey.Solutions })
            {
                var ranking = workshop.Votes.Ranking(segment.Id, question);
                if (ranking.Count == 0)
                {
                    continue;
                }

                body.Add(new TextBlock(QuestionCatalog.Text(question, frame.Language).Lane) { Bold = true, Size = TextSize.Small, Spacing = Spacing.Small });
                body.AddRange(ranking.Take(MaxPerLane).Select(item => new RichText(
                    new TextRun("#" + item.Rank.ToString(CultureInfo.InvariantCulture) + " ") { Bold = true },
                    new TextRun(text.Votes(item.Votes) + " ") { Color = TextColor.Accent },
                    new TextRun(ParticipantText.Truncate(item.Answer.Text, VotingCard.MaxItemLength)))
                {
                    Spacing = Spacing.None,
                }));
            }
        }

        return new AdaptiveCard(body) { FallbackText = text.ClosedHeading, Lang = frame.Language.Code() }.ToJson();
    }

    /// <summary>After voting on themes: each lane's themes by their votes, with the answers behind them.</summary>
    private static IEnumerable<CardElement> ThemeRanking(WorkshopSnapshot workshop, string segmentId, VotingText text)
    {
        var language = workshop.Frame.Language;
        var themeText = ThemeText.For(language);
        foreach (var question in new[] { QuestionKey.Barriers, QuestionKey.Solutions })
        {
            var ranking = ThemeVoting.Ranking(workshop, segmentId, question);
            if (ranking.Count == 0)
            {
                continue;
            }

            yield return new TextBlock(themeText.Heading(QuestionCatalog.Text(question, language).Lane)) { Bold = true, Size = TextSize.Small, Spacing = Spacing.Small };
            foreach (var item in ranking.Take(MaxPerLane))
            {
                yield return new RichText(
                    new TextRun("#" + item.Rank.ToString(CultureInfo.InvariantCulture) + " ") { Bold = true },
                    new TextRun(text.Votes(item.Votes) + " ") { Color = TextColor.Accent },
                    new TextRun(ParticipantText.Truncate(item.Theme.Label, VotingCard.MaxItemLength)),
                    new TextRun(" · " + themeText.Answers(item.Theme.Count)) { Subtle = true })
                {
                    Spacing = Spacing.None,
                };
            }
        }
    }
}
