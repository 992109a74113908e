using CjmBot.Application;
using CjmBot.Application.UseCases.Decisions;
using CjmBot.Application.UseCases.Reading;
using CjmBot.Bot.Commands;
using CjmBot.Bot.Voting;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Screens;
using CjmBot.Cards.Submissions;
using CjmBot.Protocol.Routing;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Voting;

namespace CjmBot.Bot.Routes;

/// <summary>
/// What the group decides: action items from the top solutions (<c>actions</c>, owners told personally) and the group's
/// conclusions (<c>conclude</c>). The commands are the facilitators'; concluding is everyone's, from the card.
/// </summary>
public sealed class DecisionRoutes(UseCaseRunner workshops, ConversationMembers members, OwnerNotifier notifier, TimeProvider time)
    : IRouteGroup, ICommandGroup
{
    public IEnumerable<KeyValuePair<BotCommand, CommandHandler>> Handlers =>
    [
        new(BotCommands.Actions, ActionsAsync),
        new(BotCommands.Conclude, ConcludeAsync),
    ];

    public void Register(ActivityRouter router)
    {
        router.OnCardAction(ActionItemsSubmit.VerbName, SaveActionItemsAsync);
        router.OnCardAction(ConclusionsSubmit.VerbName, SaveConclusionsAsync);
    }

    private async Task ActionsAsync(ITurnContext turn, ParsedCommand command, Language language, CancellationToken cancellationToken)
    {
        var outcome = await workshops.RunAsync(new ReadWorkshop(TurnOrigins.Of(turn), WorkshopView.ActionItems), cancellationToken).ConfigureAwait(false);
        if (outcome is not WorkshopRead { Workshop: var workshop })
        {
            await Replies.SentCommonAsync(turn, outcome, language, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (ActionItemsCard.Solutions(workshop).Count == 0)
        {
            await turn.ReplyAsync(VotingText.For(workshop.Frame.Language).NoSolutions, cancellationToken).ConfigureAwait(false);
            return;
        }

        var people = await members.ListAsync(turn, workshop, ActionItemsCard.MaxMembers, cancellationToken).ConfigureAwait(false);
        await turn.SendActivityAsync(Replies.Card(ActionItemsCard.Create(new ActionItemsCardModel(workshop, people, Today()))), cancellationToken)
            .ConfigureAwait(false);
    }

    private async Task<CardActionResult> SaveActionItemsAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var language = TurnLanguage.Of(turn.Activity);
        if (ActionItemsSubmit.Read(action.Data) is not { } submit)
        {
            return CardActionResult.ShowMessage(WorkshopText.For(language).StaleCard);
        }

        var rows = submit.AnswerIds.Select((answerId, i) => new ActionItemInput(
            answerId,
            CardSubmissions.ReadString(action.Data, ActionItemsSubmit.OwnerInputOf(i)) is { } owner && owner.Trim() != ActionItemsSubmit.NoOwner ? owner : null,
            CardSubmissions.ReadString(action.Data, ActionItemsSubmit.DueInputOf(i)))).ToList();
        var offered = submit.Members.Select(member => new Participant(member.Id, member.Name)).ToList();
        var outcome = await workshops.RunAsync(new AssignActionItems(TurnOrigins.Of(turn), submit.WorkshopId, rows, offered), cancellationToken)
            .ConfigureAwait(false);

        string notice;
        var problem = true;
        WorkshopSnapshot workshop;
        switch (outcome)
        {
            case ActionItemsRefused refused:
                var text = VotingText.For(refused.Workshop.Frame.Language);
                notice = refused.Problem switch
                {
                    ActionItemsProblem.UnknownItem => text.UnknownItem,
                    ActionItemsProblem.OwnerUnknown => text.OwnerUnknown(refused.Row),
                    ActionItemsProblem.DueMissing => text.DueMissing(refused.Row),
                    _ => text.NothingAssigned,
                };
                workshop = refused.Workshop;
                break;
            case ActionItemsAssigned assigned:
                var notices = new List<string> { VotingText.For(assigned.Workshop.Frame.Language).ActionsSaved(assigned.Items.Count) };
                notices.AddRange(await NotifyOwnersAsync(turn, assigned, cancellationToken).ConfigureAwait(false));
                notice = string.Join(" ", notices.Distinct(StringComparer.Ordinal));
                problem = notices.Count > 1;
                workshop = assigned.Workshop;
                break;
            default:
                return Replies.CommonCard(turn, action, outcome, language)!;
        }

        return action.IsExecute
            ? CardActionResult.ReplaceCard(ActionItemsCard.Create(new ActionItemsCardModel(workshop, submit.Members, Today()) { Notice = notice, NoticeIsProblem = problem }))
            : CardActionResult.ShowMessage(notice);
    }

    /// <summary>Each new item's owner is told in a personal chat; the notes say whom the bot could not reach.</summary>
    private async Task<IReadOnlyList<string>> NotifyOwnersAsync(ITurnContext turn, ActionItemsAssigned assigned, CancellationToken cancellationToken)
    {
        var frame = assigned.Workshop.Frame;
        var text = VotingText.For(frame.Language);
        var failed = new List<string>();
        foreach (var item in assigned.Items)
        {
            var message = text.OwnerMessage(frame.Title, item.Text, VotingTexts.Date(item.Due));
            if (!await notifier.TryNotifyAsync(turn, frame.Id, item.Owner, message, cancellationToken).ConfigureAwait(false))
            {
                failed.Add(text.NotifyFailed(item.Owner.Name));
            }
        }

        return failed;
    }

    private async Task ConcludeAsync(ITurnContext turn, ParsedCommand command, Language language, CancellationToken cancellationToken)
    {
        var outcome = await workshops.RunAsync(new ReadWorkshop(TurnOrigins.Of(turn), WorkshopView.Conclusions), cancellationToken).ConfigureAwait(false);
        if (outcome is WorkshopRead read)
        {
            await turn.SendActivityAsync(Replies.Card(ConclusionsCard.Create(new ConclusionsCardModel(read.Workshop.Frame))), cancellationToken).ConfigureAwait(false);
            return;
        }

        await Replies.SentCommonAsync(turn, outcome, language, cancellationToken).ConfigureAwait(false);
    }

    private async Task<CardActionResult> SaveConclusionsAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var language = TurnLanguage.Of(turn.Activity);
        if (ConclusionsSubmit.Read(action.Data) is not { } submit)
        {
            return CardActionResult.ShowMessage(WorkshopText.For(language).StaleCard);
        }

        var typed = Enum.GetValues<ConclusionTopic>()
            .ToDictionary(topic => topic, topic => CardSubmissions.ReadString(action.Data, ConclusionsSubmit.InputOf(topic)) ?? "");
        var outcome = await workshops.RunAsync(new SaveConclusions(TurnOrigins.Of(turn), submit.WorkshopId, typed), cancellationToken).ConfigureAwait(false);
        var (head, answers, notice, problem) = outcome switch
        {
            ConclusionsSaved saved => (saved.Workshop, saved.Answers, VotingText.For(saved.Workshop.Frame.Language).ConclusionsSaved(saved.Answers.Count), false),
            ConclusionsRefused refused => (refused.Workshop, refused.Answers, refused.Problem == Workshops.Contributions.AnswerProblem.Empty
                ? VotingText.For(refused.Workshop.Frame.Language).ConclusionsEmpty
                : VotingText.For(refused.Workshop.Frame.Language).ConclusionTooLong(Workshops.Contributions.AnswerRules.MaxLength), true),
            _ => (null, null, null, false),
        };
        if (head is null)
        {
            return Replies.CommonCard(turn, action, outcome, language)!;
        }

        return action.IsExecute
            ? CardActionResult.ReplaceCard(ConclusionsCard.Create(new ConclusionsCardModel(head.Frame) { Values = answers, Notice = notice, NoticeIsProblem = problem }))
            : CardActionResult.ShowMessage(notice!);
    }

    private DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
