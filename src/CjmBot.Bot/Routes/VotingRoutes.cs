using System.Globalization;
using CjmBot.Bot.Commands;
using CjmBot.Bot.Voting;
using CjmBot.Bot.Workshops;
using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Screens;
using CjmBot.Cards.Submissions;
using CjmBot.Protocol.Routing;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Questions;
using CjmBot.Workshops.LiveMap;
using CjmBot.Workshops.Voting;
using Microsoft.Extensions.Logging;

namespace CjmBot.Bot.Routes;

/// <summary>
/// Prioritising and concluding: dot-voting on barriers and solutions (<c>vote</c>), action items from the top solutions
/// (<c>actions</c>) and the group's conclusions (<c>conclude</c>). The commands are the facilitators'; voting and
/// concluding are everyone's, from the cards. A voter's card answers only them (Execute), with their own votes and
/// what is left of their budget.
/// </summary>
public sealed class VotingRoutes(
    IWorkshopRepository repository,
    WorkshopGuard guard,
    ConversationMembers members,
    OwnerNotifier notifier,
    LiveMaps maps,
    MapRenderSchedule renders,
    TimeProvider time,
    ILogger<VotingRoutes> logger) : IRouteGroup, ICommandGroup
{
    private static readonly string[] CloseWords = ["close", "stop", "end", "закрыть", "стоп", "завершить"];

    public IEnumerable<KeyValuePair<BotCommand, CommandHandler>> Handlers =>
    [
        new(BotCommands.Vote, VoteAsync),
        new(BotCommands.Actions, ActionsAsync),
        new(BotCommands.Conclude, ConcludeAsync),
    ];

    public void Register(ActivityRouter router)
    {
        router.OnCardAction(BallotSubmit.VerbName, CastBallotAsync);
        router.OnCardAction(ActionItemsSubmit.VerbName, SaveActionItemsAsync);
        router.OnCardAction(ConclusionsSubmit.VerbName, SaveConclusionsAsync);
    }

    // vote [budget | close] --------------------------------------------------------------------------------------

    private async Task VoteAsync(ITurnContext turn, ParsedCommand command, Language language, CancellationToken cancellationToken)
    {
        // CommandRoutes refused anyone but a facilitator of the active workshop before this runs.
        var head = (await guard.ActiveHeadAsync(turn, cancellationToken).ConfigureAwait(false))!;
        var workshop = (await repository.LoadAsync(head.Frame.Id, cancellationToken).ConfigureAwait(false))!;
        var text = VotingText.For(workshop.Frame.Language);
        var argument = command.Argument.Trim();
        var current = workshop.Voting;
        var by = WorkshopConversation.Sender(turn.Activity);

        if (CloseWords.Contains(argument.ToLowerInvariant(), StringComparer.Ordinal))
        {
            if (!current.IsOpen)
            {
                await turn.ReplyAsync(text.VotingAlreadyClosed, cancellationToken).ConfigureAwait(false);
                return;
            }

            var closed = current with { Status = VotingStatus.Closed, ChangedAt = time.GetUtcNow(), ChangedBy = by };
            await SetAsync(workshop.Frame.Id, closed, cancellationToken).ConfigureAwait(false);
            var final = (await repository.LoadAsync(head.Frame.Id, cancellationToken).ConfigureAwait(false))!;
            await turn.SendActivityAsync(CardMessage(VotingResultsCard.Create(final)), cancellationToken).ConfigureAwait(false);

            // The ranking belongs on the map: a fresh map at the bottom of the chat, which becomes the live one.
            await maps.PostAsync(turn, final, cancellationToken).ConfigureAwait(false);
            return;
        }

        var budget = current.Budget;
        if (argument.Length > 0)
        {
            if (!int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out budget) || !VotingState.IsValidBudget(budget))
            {
                await turn.ReplyAsync(text.BudgetInvalid(VotingState.MinBudget, VotingState.MaxBudget), cancellationToken).ConfigureAwait(false);
                return;
            }
        }

        var segments = workshop.Frame.Segments.Where(s => VotingCard.Items(workshop, s.Id).Count > 0).ToList();
        if (segments.Count == 0)
        {
            await turn.ReplyAsync(text.NothingToVoteOn, cancellationToken).ConfigureAwait(false);
            return;
        }

        var wasOpen = current.IsOpen;
        var open = new VotingState(VotingStatus.Open, budget, time.GetUtcNow(), by);
        await SetAsync(workshop.Frame.Id, open, cancellationToken).ConfigureAwait(false);
        await turn.ReplyAsync(wasOpen && budget != current.Budget ? text.BudgetChanged(budget) : text.VotingOpened(budget), cancellationToken)
            .ConfigureAwait(false);

        var opened = (await repository.LoadAsync(head.Frame.Id, cancellationToken).ConfigureAwait(false))!;
        foreach (var segment in segments)
        {
            await turn.SendActivityAsync(CardMessage(VotingCard.Create(new VotingCardModel(opened, segment))), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task SetAsync(string workshopId, VotingState voting, CancellationToken cancellationToken)
    {
        await repository.SetVotingAsync(workshopId, voting, cancellationToken).ConfigureAwait(false);
        Log.VotingChanged(logger, workshopId, voting.Status, voting.Budget);
    }

    private async Task<CardActionResult> CastBallotAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var submit = BallotSubmit.Read(action.Data);
        var workshop = submit is null ? null : await LoadOwnAsync(turn, submit.WorkshopId, cancellationToken).ConfigureAwait(false);
        if (submit is null || workshop is null || workshop.Frame.FindSegment(submit.SegmentId) is not { } segment)
        {
            return Stale(turn, workshop);
        }

        var text = VotingText.For(workshop.Frame.Language);
        var voter = WorkshopConversation.Sender(turn.Activity);
        var votes = submit.ReadVotes(action.Data);
        string? problem = null;
        if (votes is null)
        {
            problem = text.NotANumber;
        }
        else
        {
            var ballot = new Ballot(workshop.Frame.Id, segment.Id, voter, votes, time.GetUtcNow());
            problem = VotingItems.Check(ballot, VotingCard.Items(workshop, segment.Id), workshop.Voting.Budget) switch
            {
                BallotProblem.NegativeVotes => text.NotANumber,
                BallotProblem.UnknownItem => text.UnknownItem,
                BallotProblem.OverBudget => text.OverBudget(ballot.Spent, workshop.Voting.Budget),
                _ => null,
            };
            if (problem is null)
            {
                var outcome = await repository.CastBallotAsync(ballot, cancellationToken).ConfigureAwait(false);
                Log.BallotCast(logger, workshop.Frame.Id, segment.Id, outcome);
                if (outcome == BallotOutcome.Recorded)
                {
                    // The map shows the votes each barrier and solution has.
                    await renders.RequestAfterStoringAsync(workshop.Frame.Id, logger, cancellationToken).ConfigureAwait(false);
                }

                problem = outcome switch
                {
                    BallotOutcome.Recorded => null,
                    BallotOutcome.OverBudget => text.OverBudget(ballot.Spent, workshop.Voting.Budget),
                    _ => workshop.Voting.Status == VotingStatus.Closed ? text.VotingClosed : text.VotingNotOpen,
                };
            }
        }

        var reloaded = (await repository.LoadAsync(workshop.Frame.Id, cancellationToken).ConfigureAwait(false))!;
        var own = reloaded.Decisions.Ballots.FirstOrDefault(b => b.SegmentId == segment.Id && b.Voter.Id == voter.Id);
        var notice = problem ?? text.BallotSaved(own?.Spent ?? 0, reloaded.Voting.Budget);
        if (!action.IsExecute)
        {
            // Action.Submit cannot answer with a card for one person only; a short reply does.
            return CardActionResult.ShowMessage(notice);
        }

        return CardActionResult.ReplaceCard(VotingCard.Create(new VotingCardModel(reloaded, segment)
        {
            Votes = problem is null || votes is null ? own?.Votes : votes,
            Notice = notice,
            NoticeIsProblem = problem is not null,
        }));
    }

    // actions ----------------------------------------------------------------------------------------------------

    private async Task ActionsAsync(ITurnContext turn, ParsedCommand command, Language language, CancellationToken cancellationToken)
    {
        var head = (await guard.ActiveHeadAsync(turn, cancellationToken).ConfigureAwait(false))!;
        var workshop = (await repository.LoadAsync(head.Frame.Id, cancellationToken).ConfigureAwait(false))!;
        if (ActionItemsCard.Solutions(workshop).Count == 0)
        {
            await turn.ReplyAsync(VotingText.For(workshop.Frame.Language).NoSolutions, cancellationToken).ConfigureAwait(false);
            return;
        }

        var people = await members.ListAsync(turn, workshop, ActionItemsCard.MaxMembers, cancellationToken).ConfigureAwait(false);
        await turn.SendActivityAsync(CardMessage(ActionItemsCard.Create(new ActionItemsCardModel(workshop, people, Today()))), cancellationToken)
            .ConfigureAwait(false);
    }

    private async Task<CardActionResult> SaveActionItemsAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var submit = ActionItemsSubmit.Read(action.Data);
        var workshop = submit is null ? null : await LoadOwnAsync(turn, submit.WorkshopId, cancellationToken).ConfigureAwait(false);
        if (submit is null || workshop is null)
        {
            return Stale(turn, workshop);
        }

        var assigner = WorkshopConversation.Sender(turn.Activity);
        if (!workshop.Frame.IsFacilitator(assigner.Id))
        {
            Log.NotFacilitator(logger, turn.Activity.Conversation?.Id, action.Verb);
            return CardActionResult.ShowMessage(WorkshopGuard.FacilitatorsOnly(new WorkshopHead(workshop.Frame, workshop.Progress)));
        }

        var text = VotingText.For(workshop.Frame.Language);
        var (items, problem) = ReadActionItems(turn, action, submit, workshop, assigner, text);
        if (problem is null && items.Count == 0)
        {
            problem = text.NothingAssigned;
        }

        var notices = new List<string>();
        if (problem is null)
        {
            var added = new List<ActionItem>();
            foreach (var item in items)
            {
                if (await repository.AddActionItemAsync(item, cancellationToken).ConfigureAwait(false))
                {
                    added.Add(item);
                }
            }

            Log.DecisionsRecorded(logger, workshop.Frame.Id, added.Count, 0);
            notices.Add(text.ActionsSaved(items.Count));
            foreach (var item in added)
            {
                // A redelivered submit added nothing, so nobody is told twice.
                var message = text.OwnerMessage(workshop.Frame.Title, item.Text, VotingTexts.Date(item.Due));
                if (!await notifier.TryNotifyAsync(turn, workshop.Frame.Id, item.Owner, message, cancellationToken).ConfigureAwait(false))
                {
                    notices.Add(text.NotifyFailed(item.Owner.Name));
                }
            }
        }

        var notice = problem ?? string.Join(" ", notices.Distinct(StringComparer.Ordinal));
        if (!action.IsExecute)
        {
            return CardActionResult.ShowMessage(notice);
        }

        var reloaded = (await repository.LoadAsync(workshop.Frame.Id, cancellationToken).ConfigureAwait(false))!;
        return CardActionResult.ReplaceCard(ActionItemsCard.Create(new ActionItemsCardModel(reloaded, submit.Members, Today())
        {
            Notice = notice,
            NoticeIsProblem = problem is not null || notices.Count > 1,
        }));
    }

    private (List<ActionItem> Items, string? Problem) ReadActionItems(
        ITurnContext turn, CardAction action, ActionItemsSubmit submit, WorkshopSnapshot workshop, Participant assigner, VotingText text)
    {
        var solutions = workshop.Answers.Where(a => a.Question == QuestionKey.Solutions).ToDictionary(a => a.Id, StringComparer.Ordinal);
        var items = new List<ActionItem>();
        var baseId = WorkshopConversation.ContributionId(turn.Activity);
        var now = time.GetUtcNow();
        for (var i = 0; i < submit.AnswerIds.Count; i++)
        {
            var ownerId = CardSubmissions.ReadString(action.Data, ActionItemsSubmit.OwnerInputOf(i))?.Trim();
            if (string.IsNullOrEmpty(ownerId) || ownerId == ActionItemsSubmit.NoOwner)
            {
                continue;
            }

            if (!solutions.TryGetValue(submit.AnswerIds[i], out var solution))
            {
                return ([], text.UnknownItem);
            }

            if (submit.Members.FirstOrDefault(m => m.Id == ownerId) is not { Id.Length: > 0 } owner)
            {
                return ([], text.OwnerUnknown(i + 1));
            }

            if (!DateOnly.TryParseExact(CardSubmissions.ReadString(action.Data, ActionItemsSubmit.DueInputOf(i))?.Trim(), "yyyy-MM-dd",
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var due))
            {
                return ([], text.DueMissing(i + 1));
            }

            items.Add(new ActionItem
            {
                Id = baseId + "|" + i.ToString(CultureInfo.InvariantCulture),
                WorkshopId = workshop.Frame.Id,
                AnswerId = solution.Id,
                SegmentId = solution.SegmentId,
                Text = solution.Text,
                Owner = new Participant(owner.Id, owner.Name),
                Due = due,
                AssignedBy = assigner,
                At = now,
            });
        }

        return (items, null);
    }

    // conclude ---------------------------------------------------------------------------------------------------

    private async Task ConcludeAsync(ITurnContext turn, ParsedCommand command, Language language, CancellationToken cancellationToken)
    {
        var head = (await guard.ActiveHeadAsync(turn, cancellationToken).ConfigureAwait(false))!;
        await turn.SendActivityAsync(CardMessage(ConclusionsCard.Create(new ConclusionsCardModel(head.Frame))), cancellationToken).ConfigureAwait(false);
    }

    private async Task<CardActionResult> SaveConclusionsAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var submit = ConclusionsSubmit.Read(action.Data);
        var workshop = submit is null ? null : await LoadOwnAsync(turn, submit.WorkshopId, cancellationToken).ConfigureAwait(false);
        if (submit is null || workshop is null)
        {
            return Stale(turn, workshop);
        }

        var text = VotingText.For(workshop.Frame.Language);
        var author = WorkshopConversation.Sender(turn.Activity);
        var typed = Enum.GetValues<ConclusionTopic>()
            .Select(topic => (Topic: topic, Text: CardSubmissions.ReadString(action.Data, ConclusionsSubmit.InputOf(topic))?.Trim() ?? ""))
            .Where(x => x.Text.Length > 0)
            .ToList();
        var problem = typed.Count == 0 ? text.ConclusionsEmpty
            : typed.Any(x => AnswerRules.Check(x.Text) == AnswerProblem.TooLong) ? text.ConclusionTooLong(AnswerRules.MaxLength)
            : null;
        if (problem is null)
        {
            var baseId = WorkshopConversation.ContributionId(turn.Activity);
            var added = 0;
            foreach (var (topic, words) in typed)
            {
                var conclusion = new Conclusion
                {
                    Id = baseId + "|" + topic,
                    WorkshopId = workshop.Frame.Id,
                    Topic = topic,
                    Text = words,
                    Author = author,
                    At = time.GetUtcNow(),
                };
                added += await repository.AddConclusionAsync(conclusion, cancellationToken).ConfigureAwait(false) ? 1 : 0;
            }

            Log.DecisionsRecorded(logger, workshop.Frame.Id, 0, added);
        }

        var notice = problem ?? text.ConclusionsSaved(typed.Count);
        if (!action.IsExecute)
        {
            return CardActionResult.ShowMessage(notice);
        }

        return CardActionResult.ReplaceCard(ConclusionsCard.Create(new ConclusionsCardModel(workshop.Frame)
        {
            Values = typed.ToDictionary(x => x.Topic, x => x.Text),
            Notice = notice,
            NoticeIsProblem = problem is not null,
        }));
    }

    // ------------------------------------------------------------------------------------------------------------

    /// <summary>The workshop a card names, only if it belongs to this conversation: a forged or foreign card writes nothing.</summary>
    private async Task<WorkshopSnapshot?> LoadOwnAsync(ITurnContext turn, string workshopId, CancellationToken cancellationToken)
    {
        var workshop = await repository.LoadAsync(workshopId, cancellationToken).ConfigureAwait(false);
        return workshop is not null && workshop.Frame.ConversationId == WorkshopConversation.Key(turn.Activity) ? workshop : null;
    }

    private static CardActionResult Stale(ITurnContext turn, WorkshopSnapshot? workshop) =>
        CardActionResult.ShowMessage(WorkshopText.For(workshop?.Frame.Language ?? TurnLanguage.Of(turn.Activity)).StaleCard);

    private DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    private static Activity CardMessage(System.Text.Json.Nodes.JsonObject card) => new() { Attachments = [Attachment.AdaptiveCard(card)] };
}
