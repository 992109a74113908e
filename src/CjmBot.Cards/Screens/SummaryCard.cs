using System.Globalization;
using System.Text.Json.Nodes;
using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Questions;
using CjmBot.Workshops.Summary;
using CjmBot.Workshops.Voting;

namespace CjmBot.Cards.Screens;

/// <summary>
/// The workshop's highlights for the facilitator: participation, then per segment the emotion low points, the
/// barriers and solutions named most often (and, once voted, by votes) and the insights; the action items and
/// conclusions; for a copy, what changed since the previous version;
/// last, the download links of the exports (signed, expiring) as buttons. Long lists are cut short, pointing at the
/// exports, so the card stays small whatever the size of the workshop.
/// </summary>
public static class SummaryCard
{
    public const int MaxInsights = 5;
    public const int MaxPeople = 5;
    public const int MaxTextLength = 160;

    /// <param name="links">Download links by format name (see <see cref="SummaryText.FormatName"/>); none for a card without downloads.</param>
    /// <param name="fullMap">The live map page (signed link), offered as "Open full map" after the title; none when null.</param>
    public static JsonObject Create(
        WorkshopSnapshot workshop, WorkshopSummary summary, IReadOnlyList<(string Format, Uri Url)> links, DateTimeOffset linksValidUntil, Uri? fullMap = null)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(links);
        var frame = workshop.Frame;
        var text = SummaryText.For(frame.Language);
        var body = new List<CardElement>
        {
            new TextBlock(text.Heading + " · " + text.Version(frame.Version)) { Heading = true, Size = TextSize.Large, Bold = true },
            new RichText(new TextRun(Short(frame.Title)) { Bold = true }),
        };
        if (fullMap is not null)
        {
            body.Add(new ActionSet(new OpenUrlAction(MapViewText.For(frame.Language).OpenFullMap, fullMap)) { Spacing = Spacing.Small });
        }

        body.Add(Label(text.ParticipationLabel));
        var participation = summary.Participation;
        body.Add(new TextBlock(text.ParticipationTotals(participation.People.Count, participation.Answers, participation.Insights)) { Spacing = Spacing.None });
        if (!frame.Anonymous)
        {
            foreach (var share in participation.People.Take(MaxPeople))
            {
                body.Add(new RichText(new TextRun("• " + Short(share.Person.Name)), new TextRun(" — " + text.PersonShare(share.Answers, share.Insights)) { Subtle = true })
                {
                    Spacing = Spacing.None,
                });
            }
        }

        foreach (var segment in summary.Segments)
        {
            body.Add(new RichText(new TextRun(text.SegmentLabel + ": ") { Subtle = true }, new TextRun(Short(segment.Segment.Name)) { Bold = true })
            {
                Separator = true, Spacing = Spacing.Medium,
            });
            body.AddRange(LowPoints(frame, text, segment));
            body.AddRange(MentionList(text, text.BarriersLabel, segment.TopBarriers));
            body.AddRange(MentionList(text, text.SolutionsLabel, segment.TopSolutions));
            body.AddRange(VotedList(text, text.VotedBarriersLabel, segment.VotedBarriers));
            body.AddRange(VotedList(text, text.VotedSolutionsLabel, segment.VotedSolutions));
            body.AddRange(ThemeList(frame.Language, segment.Themes));
            body.AddRange(InsightList(text, text.InsightsLabel, segment.Insights));
        }

        if (summary.GeneralInsights.Count > 0)
        {
            body.AddRange(InsightList(text, text.GeneralInsightsLabel, summary.GeneralInsights));
        }

        body.AddRange(ActionItems(text, summary.ActionItems));
        body.AddRange(Conclusions(frame, text, summary.Conclusions));

        if (summary.Comparison is { } comparison)
        {
            body.AddRange(Comparison(frame.Language, text, comparison));
        }

        if (links.Count > 0)
        {
            body.Add(new TextBlock(text.DownloadsLabel) { Bold = true, Separator = true, Spacing = Spacing.Medium });
            body.Add(new ActionSet(links.Select(link => (ActionElement)new OpenUrlAction(text.FormatName(link.Format), link.Url)).ToList()));
            body.Add(new TextBlock(text.LinksValidUntil(linksValidUntil.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)))
            {
                Subtle = true, Size = TextSize.Small,
            });
        }

        return new AdaptiveCard(body) { FallbackText = text.Heading, Lang = frame.Language.Code(), FullWidth = true }.ToJson();
    }

    private static IEnumerable<CardElement> LowPoints(Workshops.Frame.WorkshopFrame frame, SummaryText text, SegmentSummary segment)
    {
        yield return Label(text.LowPointsLabel);
        if (segment.LowPoints.Count == 0)
        {
            yield return new TextBlock(text.NoLowPoints) { Subtle = true, Spacing = Spacing.None };
            yield break;
        }

        foreach (var low in segment.LowPoints)
        {
            var stage = low.Emotion.StageIndex < frame.Stages.Count ? frame.Stages[low.Emotion.StageIndex] : "#" + (low.Emotion.StageIndex + 1);
            var line = new List<TextRun>
            {
                new("• " + text.LowPoint(Short(stage), WorkshopTexts.Score(low.Emotion.Average, frame.Language), low.Emotion.Count)),
            };
            if (low.IsKeyPain)
            {
                line.Add(new TextRun(" " + text.KeyPain) { Color = TextColor.Attention, Bold = true });
            }

            yield return new RichText(line) { Spacing = Spacing.None };
        }
    }

    private static IEnumerable<CardElement> MentionList(SummaryText text, string label, IReadOnlyList<Mention> mentions)
    {
        yield return Label(label);
        if (mentions.Count == 0)
        {
            yield return new TextBlock(text.NoneYet) { Subtle = true, Spacing = Spacing.None };
            yield break;
        }

        foreach (var mention in mentions)
        {
            yield return new RichText(new TextRun("• " + Short(mention.Text)), new TextRun(" — " + text.Mentions(mention.Count)) { Subtle = true })
            {
                Spacing = Spacing.None,
            };
        }
    }

    /// <summary>Only for lanes with accepted themes: each lane's themes, by votes, then answers.</summary>
    private static IEnumerable<CardElement> ThemeList(Workshops.Language language, IReadOnlyList<ThemeRank> themes)
    {
        var text = ThemeText.For(language);
        foreach (var lane in themes.GroupBy(theme => theme.Lane))
        {
            yield return Label(text.Heading(QuestionCatalog.Text(lane.Key, language).Lane));
            foreach (var theme in lane)
            {
                yield return new RichText(new TextRun("• " + Short(theme.Label)), new TextRun(" — " + text.Ranked(theme.Answers, theme.Votes)) { Subtle = true })
                {
                    Spacing = Spacing.None,
                };
            }
        }
    }

    /// <summary>Only once someone has voted: before that, the ranking by mentions says it all.</summary>
    private static IEnumerable<CardElement> VotedList(SummaryText text, string label, IReadOnlyList<RankedItem> items)
    {
        if (items.Count == 0)
        {
            yield break;
        }

        yield return Label(label);
        foreach (var item in items)
        {
            yield return new RichText(new TextRun("• " + Short(item.Answer.Text)), new TextRun(" — " + text.VotesAndRank(item.Votes, item.Rank)) { Subtle = true })
            {
                Spacing = Spacing.None,
            };
        }
    }

    private static IEnumerable<CardElement> ActionItems(SummaryText text, IReadOnlyList<ActionItem> items)
    {
        if (items.Count == 0)
        {
            yield break;
        }

        yield return new TextBlock(text.ActionItemsLabel) { Bold = true, Separator = true, Spacing = Spacing.Medium };
        foreach (var item in items.Take(MaxInsights * 2))
        {
            var due = item.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            yield return new RichText(new TextRun("☐ " + Short(item.Text)), new TextRun(" — " + text.ActionItemOwner(Short(PeopleText.NameOf(item.Owner, text.Language)), due)) { Subtle = true })
            {
                Spacing = Spacing.None,
            };
        }

        if (items.Count > MaxInsights * 2)
        {
            yield return new TextBlock(text.More(items.Count - (MaxInsights * 2))) { Subtle = true, Spacing = Spacing.None };
        }
    }

    /// <summary>Per topic, what people concluded; authors only when the workshop is not anonymous.</summary>
    private static IEnumerable<CardElement> Conclusions(Workshops.Frame.WorkshopFrame frame, SummaryText text, IReadOnlyList<Conclusion> conclusions)
    {
        if (conclusions.Count == 0)
        {
            yield break;
        }

        yield return new TextBlock(text.ConclusionsLabel) { Bold = true, Separator = true, Spacing = Spacing.Medium };
        var topics = VotingText.For(frame.Language);
        foreach (var topic in conclusions.GroupBy(conclusion => conclusion.Topic))
        {
            yield return Label(topics.Topic(topic.Key));
            foreach (var conclusion in topic.Take(MaxInsights))
            {
                var runs = new List<TextRun> { new("• " + Short(conclusion.Text)) };
                if (!frame.Anonymous)
                {
                    runs.Add(new TextRun(" — " + Short(conclusion.Author.Name)) { Subtle = true });
                }

                yield return new RichText(runs) { Spacing = Spacing.None };
            }

            if (topic.Count() > MaxInsights)
            {
                yield return new TextBlock(text.More(topic.Count() - MaxInsights)) { Subtle = true, Spacing = Spacing.None };
            }
        }
    }

    private static IEnumerable<CardElement> InsightList(SummaryText text, string label, IReadOnlyList<Insight> insights)
    {
        yield return Label(label);
        if (insights.Count == 0)
        {
            yield return new TextBlock(text.NoneYet) { Subtle = true, Spacing = Spacing.None };
            yield break;
        }

        foreach (var insight in insights.Take(MaxInsights))
        {
            yield return new RichText(new TextRun("💡 " + Short(insight.Text))) { Spacing = Spacing.None };
        }

        if (insights.Count > MaxInsights)
        {
            yield return new TextBlock(text.More(insights.Count - MaxInsights)) { Subtle = true, Spacing = Spacing.None };
        }
    }

    private static IEnumerable<CardElement> Comparison(Language language, SummaryText text, VersionComparison comparison)
    {
        yield return new TextBlock(text.ComparisonHeading(comparison.PreviousVersion)) { Bold = true, Separator = true, Spacing = Spacing.Medium };
        foreach (var segment in comparison.Segments)
        {
            yield return new RichText(new TextRun(text.SegmentLabel + ": ") { Subtle = true }, new TextRun(Short(segment.Segment)) { Bold = true });
            foreach (var stage in segment.Stages)
            {
                string Score(double? average) => average is { } value ? WorkshopTexts.Score(value, language) : text.NoScore;
                var arrow = stage.Before is { } before && stage.After is { } after
                    ? after > before ? TextColor.Good : after < before ? TextColor.Attention : TextColor.Default
                    : TextColor.Default;
                yield return new RichText(new TextRun("• " + text.StageChange(Short(stage.Stage), Score(stage.Before), Score(stage.After))) { Color = arrow })
                {
                    Spacing = Spacing.None,
                };
            }

            if (segment.NewBarriers.Count == 0 && segment.ResolvedBarriers.Count == 0)
            {
                yield return new TextBlock(text.NoBarrierChanges) { Subtle = true, Spacing = Spacing.None };
                continue;
            }

            foreach (var element in BarrierChanges(text, text.NewBarriersLabel, "＋ ", segment.NewBarriers))
            {
                yield return element;
            }

            foreach (var element in BarrierChanges(text, text.ResolvedBarriersLabel, "✓ ", segment.ResolvedBarriers))
            {
                yield return element;
            }
        }
    }

    private static IEnumerable<CardElement> BarrierChanges(SummaryText text, string label, string mark, IReadOnlyList<string> barriers)
    {
        if (barriers.Count == 0)
        {
            yield break;
        }

        yield return Label(label);
        foreach (var barrier in barriers.Take(MaxInsights))
        {
            yield return new RichText(new TextRun(mark + Short(barrier))) { Spacing = Spacing.None };
        }

        if (barriers.Count > MaxInsights)
        {
            yield return new TextBlock(text.More(barriers.Count - MaxInsights)) { Subtle = true, Spacing = Spacing.None };
        }
    }

    private static TextBlock Label(string label) => new(label) { Bold = true, Spacing = Spacing.Small };

    private static string Short(string text) => ParticipantText.Truncate(text, MaxTextLength);
}
