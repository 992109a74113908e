using System.Globalization;
using System.Text.Json.Nodes;
using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Submissions;
using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Questions;

namespace CjmBot.Cards.Screens;

/// <summary>The action item card: the workshop, the people who may own an item, the day it is shown, and a note for the clicker.</summary>
public sealed record ActionItemsCardModel(WorkshopSnapshot Workshop, IReadOnlyList<(string Id, string Name)> Members, DateOnly Today)
{
    public string? Notice { get; init; }

    public bool NoticeIsProblem { get; init; }
}

/// <summary>
/// Turns the top solutions into action items: the solutions ranked by votes (then the rest, in map order), each
/// with an owner picked from the conversation's members and a due date; items already assigned show their owner
/// and date, and saving again reassigns them.
/// </summary>
public static class ActionItemsCard
{
    public const int MaxItems = 10;

    /// <summary>The members a choice list offers; larger rosters are cut (Teams' compact list stays usable).</summary>
    public const int MaxMembers = 100;

    /// <summary>The solutions the card lists: voted ones best first, then the others in the order they were given.</summary>
    public static IReadOnlyList<Answer> Solutions(WorkshopSnapshot workshop)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        return [.. workshop.Answers
            .Where(a => a.Question == QuestionKey.Solutions)
            .Select((answer, order) => (answer, order))
            .OrderByDescending(x => workshop.Votes.VotesFor(x.answer.Id))
            .ThenBy(x => x.order)
            .Select(x => x.answer)
            .Take(MaxItems)];
    }

    public static JsonObject Create(ActionItemsCardModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var workshop = model.Workshop;
        var frame = workshop.Frame;
        var text = VotingText.For(frame.Language);
        var solutions = Solutions(workshop);
        var members = model.Members.Take(MaxMembers).ToList();
        var assigned = workshop.ActionItems.ToDictionary(item => item.AnswerId, StringComparer.Ordinal);
        var body = new List<CardElement>
        {
            new TextBlock(text.ActionsHeading) { Heading = true, Size = TextSize.Large, Bold = true },
            new TextBlock(text.ActionsIntro) { Subtle = true },
        };

        if (model.Notice is { } notice)
        {
            body.Add(new RichText(new TextRun(notice) { Color = model.NoticeIsProblem ? TextColor.Attention : TextColor.Good }));
        }

        var choices = new List<Choice> { new(text.NoOwner, ActionItemsSubmit.NoOwner) };
        choices.AddRange(members.Select(member => new Choice(ParticipantText.Clean(member.Name), member.Id)));
        for (var i = 0; i < solutions.Count; i++)
        {
            var solution = solutions[i];
            var votes = workshop.Votes.VotesFor(solution.Id);
            var runs = new List<TextRun>
            {
                new((i + 1).ToString(CultureInfo.InvariantCulture) + ". ") { Bold = true },
                new(ParticipantText.Truncate(solution.Text, VotingCard.MaxItemLength)),
            };
            if (votes > 0)
            {
                runs.Add(new TextRun(" " + text.Votes(votes)) { Color = TextColor.Accent });
            }

            body.Add(new RichText(runs) { Separator = i > 0 });
            assigned.TryGetValue(solution.Id, out var current);
            body.Add(new ColumnSet(
            [
                new Column([new ChoiceInput(ActionItemsSubmit.OwnerInputOf(i), text.OwnerFor(i + 1), choices) { Value = current?.Owner.Id ?? ActionItemsSubmit.NoOwner }]),
                new Column([new DateInput(ActionItemsSubmit.DueInputOf(i), text.DueFor(i + 1)) { Value = current?.Due, Min = model.Today }]),
            ])
            {
                Spacing = Spacing.None,
            });
        }

        body.Add(new ActionSet(new ExecuteAction(
            text.SaveActions, new ActionItemsSubmit(frame.Id, [.. solutions.Select(s => s.Id)], members))));
        return new AdaptiveCard(body) { FallbackText = text.ActionsHeading, Lang = frame.Language.Code() }.ToJson();
    }
}
