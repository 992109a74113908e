using System.Globalization;
using System.Text.Json.Nodes;
using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Submissions;
using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Questions;
using CjmBot.Workshops.Themes;
using CjmBot.Workshops.Voting;

namespace CjmBot.Cards.Screens;

/// <summary>What a segment's voting card shows, and to whom: the group sees it empty; a voter who saved sees their own votes.</summary>
public sealed record VotingCardModel(WorkshopSnapshot Workshop, Segment Segment)
{
    /// <summary>The votes to put back into the inputs: the clicker's saved ballot, or what they typed when it was refused.</summary>
    public IReadOnlyDictionary<string, int>? Votes { get; init; }

    /// <summary>A confirmation or a problem, for the person who clicked (Execute answers only them).</summary>
    public string? Notice { get; init; }

    public bool NoticeIsProblem { get; init; }
}

/// <summary>
/// Dot-voting for one segment: every standing barrier and solution, stage by stage, each with a number input for
/// the voter's dots (several on one item allowed), and one button that saves the voter's whole ballot. No tallies
/// are shown while voting runs, so nobody votes with the crowd; the results come when the facilitator closes it.
/// </summary>
public static class VotingCard
{
    /// <summary>Items per card: more would pass Teams' card size limit; the facilitator is told to trim first.</summary>
    public const int MaxItems = 60;

    public const int MaxItemLength = 160;

    public static IReadOnlyList<Answer> Items(WorkshopSnapshot workshop, string segmentId)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        return [.. VotingItems.Of(workshop.Answers, segmentId).Take(MaxItems)];
    }

    public static JsonObject Create(VotingCardModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var frame = model.Workshop.Frame;
        var voting = model.Workshop.Voting;
        var text = VotingText.For(frame.Language);
        var onThemes = voting.OnThemes;
        var themes = onThemes ? ThemeVoting.Items(model.Workshop, model.Segment.Id).Take(MaxItems).ToList() : [];
        var items = onThemes ? [] : Items(model.Workshop, model.Segment.Id);
        var heading = text.VotingHeading(ParticipantText.EscapeMarkdown(model.Segment.Name));
        var body = new List<CardElement>
        {
            new TextBlock(heading) { Heading = true, Size = TextSize.Large, Bold = true },
            new TextBlock(onThemes ? ThemeText.For(frame.Language).VotingIntro(voting.Budget) : text.VotingIntro(voting.Budget)) { Subtle = true },
        };

        if (model.Notice is { } notice)
        {
            body.Add(new RichText(new TextRun(notice) { Color = model.NoticeIsProblem ? TextColor.Attention : TextColor.Good }));
        }

        if (!voting.IsOpen)
        {
            body.Add(new TextBlock(voting.Status == VotingStatus.Closed ? text.VotingClosed : text.VotingNotOpen) { Color = TextColor.Warning });
            return Card(body, text.VotingHeading(model.Segment.Name), frame.Language);
        }

        if (onThemes)
        {
            AddThemes(body, model, text, themes);
            return Card(body, text.VotingHeading(model.Segment.Name), frame.Language);
        }

        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            body.Add(new RichText(
                new TextRun((i + 1).ToString(CultureInfo.InvariantCulture) + ". ") { Bold = true },
                new TextRun(QuestionCatalog.Text(item.Question, frame.Language).Lane + " · " + StageName(frame, item.StageIndex) + ": ") { Subtle = true },
                new TextRun(ParticipantText.Truncate(item.Text, MaxItemLength)))
            {
                Separator = i > 0,
            });
            body.Add(new NumberInput(BallotSubmit.InputOf(i), text.VotesFor(i + 1))
            {
                Min = 0,
                Max = voting.Budget,
                Value = model.Votes?.GetValueOrDefault(item.Id) is > 0 and var votes ? votes : null,
                Placeholder = "0",
                Spacing = Spacing.None,
            });
        }

        body.Add(new ActionSet(new ExecuteAction(text.SaveVotes, new BallotSubmit(frame.Id, model.Segment.Id, [.. items.Select(item => item.Id)]))));
        return Card(body, text.VotingHeading(model.Segment.Name), frame.Language);
    }

    /// <summary>The ballot on accepted themes: each theme's lane, label and answers' count, the same inputs and button.</summary>
    private static void AddThemes(List<CardElement> body, VotingCardModel model, VotingText text, List<VotableTheme> themes)
    {
        var frame = model.Workshop.Frame;
        var themeText = ThemeText.For(frame.Language);
        for (var i = 0; i < themes.Count; i++)
        {
            var (lane, theme) = (themes[i].Lane, themes[i].Theme);
            body.Add(new RichText(
                new TextRun((i + 1).ToString(CultureInfo.InvariantCulture) + ". ") { Bold = true },
                new TextRun(themeText.BallotLane(QuestionCatalog.Text(lane, frame.Language).Lane)) { Subtle = true },
                new TextRun(ParticipantText.Truncate(theme.Label, MaxItemLength)) { Bold = true },
                new TextRun(" · " + themeText.Answers(theme.Count)) { Subtle = true })
            {
                Separator = i > 0,
            });
            body.Add(new NumberInput(BallotSubmit.InputOf(i), text.VotesFor(i + 1))
            {
                Min = 0,
                Max = model.Workshop.Voting.Budget,
                Value = model.Votes?.GetValueOrDefault(theme.Id) is > 0 and var votes ? votes : null,
                Placeholder = "0",
                Spacing = Spacing.None,
            });
        }

        body.Add(new ActionSet(new ExecuteAction(text.SaveVotes, new BallotSubmit(frame.Id, model.Segment.Id, [.. themes.Select(item => item.Theme.Id)]))));
    }

    private static JsonObject Card(List<CardElement> body, string fallback, Language language) =>
        new AdaptiveCard(body) { FallbackText = fallback, Lang = language.Code() }.ToJson();

    private static string StageName(WorkshopFrame frame, int stage) =>
        stage >= 0 && stage < frame.Stages.Count ? frame.Stages[stage] : "#" + (stage + 1).ToString(CultureInfo.InvariantCulture);
}
