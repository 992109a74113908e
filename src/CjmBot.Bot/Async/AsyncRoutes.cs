using System.Globalization;
using System.Text.RegularExpressions;
using CjmBot.Bot.Commands;
using CjmBot.Bot.Routes;
using CjmBot.Bot.Workshops;
using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Submissions;
using CjmBot.Protocol.Routing;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;
using CjmBot.Workshops.Async;
using Microsoft.Extensions.Logging;

namespace CjmBot.Bot.Async;

/// <summary>
/// Asynchronous contributors: the facilitator's <c>invite</c>, <c>role</c> and <c>deadline</c>, and the buttons of
/// invitations and personal-chat questions. A button names its workshop and is honoured only for the sender's own
/// invitation to it, in a personal chat.
/// </summary>
public sealed partial class AsyncRoutes(
    WorkshopGuard guard,
    IWorkshopRepository repository,
    AsyncInvitations invitations,
    AsyncSchedule schedule,
    AsyncSequences sequences,
    AsyncSequenceCursor cursor,
    TimeProvider time,
    ILogger<AsyncRoutes> logger) : IRouteGroup, ICommandGroup
{
    public IEnumerable<KeyValuePair<BotCommand, CommandHandler>> Handlers =>
    [
        new(BotCommands.Invite, InviteAsync),
        new(BotCommands.Role, RoleAsync),
        new(BotCommands.Deadline, DeadlineAsync),
    ];

    public void Register(ActivityRouter router)
    {
        foreach (var verb in AsyncSubmit.Verbs)
        {
            router.OnCardAction(verb, OnCardAsync);
        }
    }

    private async Task<CardActionResult> OnCardAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var submit = AsyncSubmit.Read(action.Verb, action.Data);
        var userId = turn.Activity.From?.Id;
        var invitation = submit is null || userId is null
            ? null
            : await repository.GetInvitationAsync(submit.WorkshopId, userId, cancellationToken).ConfigureAwait(false);
        if (submit is null || userId is null || invitation is null || invitation.State == InvitationState.NotInstalled
            || turn.Activity.Conversation?.ConversationType != ConversationTypes.Personal)
        {
            // A forged or foreign card: never write into a workshop the sender was not invited to.
            Log.AsyncCardRefused(logger, submit?.WorkshopId);
            return CardActionResult.ShowMessage(AsyncText.For(TurnLanguage.Of(turn.Activity)).NotInvited);
        }

        if (submit.Step == AsyncStep.Later)
        {
            await cursor.ClearAsync(userId, submit.WorkshopId, cancellationToken).ConfigureAwait(false);
            var head = await repository.GetHeadAsync(submit.WorkshopId, cancellationToken).ConfigureAwait(false);
            var text = AsyncText.For(head?.Frame.Language ?? TurnLanguage.Of(turn.Activity));
            await turn.ReplyAsync(text.SavedForLater, cancellationToken).ConfigureAwait(false);
            return Done(action);
        }

        if (await repository.GetAsyncWindowAsync(submit.WorkshopId, cancellationToken).ConfigureAwait(false) is { Closed: true }
            && await repository.GetHeadAsync(submit.WorkshopId, cancellationToken).ConfigureAwait(false) is { } closed)
        {
            await cursor.ClearAsync(userId, submit.WorkshopId, cancellationToken).ConfigureAwait(false);
            await turn.ReplyAsync(AsyncText.For(closed.Frame.Language).WindowClosed(ParticipantText.EscapeMarkdown(closed.Frame.Title)), cancellationToken)
                .ConfigureAwait(false);
            return Done(action);
        }

        // Marked before the cursor points anywhere: typed text in an unmarked chat never looks at the cursor.
        await repository.MarkAsyncSequencesAsync(WorkshopConversation.Key(turn.Activity), cancellationToken).ConfigureAwait(false);
        if (AsyncChatReference.Read(invitation.ChatReference)?.Conversation.Id is { Length: > 0 } chat && chat != turn.Activity.Conversation.Id)
        {
            await repository.MarkAsyncSequencesAsync(chat, cancellationToken).ConfigureAwait(false);
        }

        await cursor.SetAsync(userId, submit.WorkshopId, cancellationToken).ConfigureAwait(false);
        await sequences.RunAsync(turn, invitation, begin: submit.Step == AsyncStep.Start, cancellationToken).ConfigureAwait(false);
        return Done(action);
    }

    /// <summary>The sequence answered in the chat itself; a Submit needs no extra message.</summary>
    private static CardActionResult Done(CardAction action) => CardActionResult.ShowMessage(action.IsExecute ? "✓" : "");

    private async Task InviteAsync(ITurnContext turn, ParsedCommand command, Language language, CancellationToken cancellationToken)
    {
        // CommandRoutes refused anyone but a facilitator of the active workshop before this runs.
        var head = (await guard.ActiveHeadAsync(turn, cancellationToken).ConfigureAwait(false))!;
        var text = AsyncText.For(head.Frame.Language);
        var argument = command.Argument;
        var roleMatch = RolePattern().Match(argument);
        string? role = null;
        if (roleMatch.Success)
        {
            role = RoleAssignment.Normalize(roleMatch.Groups["role"].Value);
            argument = argument[..roleMatch.Index];
            var roles = await repository.ListRolesAsync(head.Frame.Id, cancellationToken).ConfigureAwait(false);
            if (roles.All(r => r.Role != role))
            {
                await turn.ReplyAsync(text.UnknownRole(ParticipantText.EscapeMarkdown(role)), cancellationToken).ConfigureAwait(false);
                return;
            }
        }

        IReadOnlyList<ChannelAccount> people = argument.Trim().ToLower(CultureInfo.InvariantCulture) is "all" or "всех" or "все"
            ? await AsyncInvitations.MembersAsync(turn, head.Frame, cancellationToken).ConfigureAwait(false)
            : [.. (turn.Activity.Entities ?? [])
                .Where(entity => entity.Type == Entity.MentionType && entity.Mentioned is { } who && who.Id != turn.Activity.Recipient?.Id)
                .Select(entity => entity.Mentioned!)];
        if (people.Count == 0)
        {
            await turn.ReplyAsync(text.InviteUsage, cancellationToken).ConfigureAwait(false);
            return;
        }

        var report = await invitations.InviteAsync(turn, head, people, role, cancellationToken).ConfigureAwait(false);
        await turn.ReplyAsync(report, cancellationToken).ConfigureAwait(false);
    }

    private async Task RoleAsync(ITurnContext turn, ParsedCommand command, Language language, CancellationToken cancellationToken)
    {
        var head = (await guard.ActiveHeadAsync(turn, cancellationToken).ConfigureAwait(false))!;
        var text = AsyncText.For(head.Frame.Language);
        var colon = command.Argument.IndexOf(':', StringComparison.Ordinal);
        var role = colon > 0 ? RoleAssignment.Normalize(command.Argument[..colon]) : "";
        var wanted = colon > 0 ? command.Argument[(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
        if (role.Length == 0 || role.Any(char.IsWhiteSpace) || wanted.Length == 0)
        {
            await turn.ReplyAsync(text.RoleUsage, cancellationToken).ConfigureAwait(false);
            return;
        }

        var stages = wanted.Select(head.Frame.FindStage).ToList();
        if (stages.Contains(-1))
        {
            var list = WorkshopMoves.StageList(head.Frame, Enumerable.Range(0, head.Frame.Stages.Count));
            await turn.ReplyAsync(WorkshopText.For(head.Frame.Language).UnknownStage(list), cancellationToken).ConfigureAwait(false);
            return;
        }

        var assignment = new RoleAssignment(head.Frame.Id, role, [.. stages.Distinct().Order()]);
        await repository.SaveRoleAsync(assignment, cancellationToken).ConfigureAwait(false);
        var names = WorkshopMoves.StageList(head.Frame, assignment.Stages);
        await turn.ReplyAsync(text.RoleSet(ParticipantText.EscapeMarkdown(role), names), cancellationToken).ConfigureAwait(false);
    }

    private async Task DeadlineAsync(ITurnContext turn, ParsedCommand command, Language language, CancellationToken cancellationToken)
    {
        var head = (await guard.ActiveHeadAsync(turn, cancellationToken).ConfigureAwait(false))!;
        var text = AsyncText.For(head.Frame.Language);
        var now = time.GetUtcNow();
        if (DeadlineParser.Parse(command.Argument, now) is not { } deadline)
        {
            await turn.ReplyAsync(text.DeadlineUsage, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (deadline <= now)
        {
            await turn.ReplyAsync(text.DeadlineInPast, cancellationToken).ConfigureAwait(false);
            return;
        }

        await repository.SaveAsyncWindowAsync(new AsyncWindow(head.Frame.Id, deadline, Closed: false), cancellationToken).ConfigureAwait(false);
        await schedule.ScheduleDeadlineAsync(head.Frame.Id, deadline, cancellationToken).ConfigureAwait(false);
        foreach (var invitation in await repository.ListInvitationsAsync(head.Frame.Id, cancellationToken).ConfigureAwait(false))
        {
            if (invitation.State == InvitationState.Invited)
            {
                await schedule.ScheduleRemindersAsync(head.Frame.Id, invitation.Person.Id, deadline, cancellationToken).ConfigureAwait(false);
            }
        }

        Log.AsyncDeadlineSet(logger, head.Frame.Id, deadline);
        await turn.ReplyAsync(text.DeadlineSet(AsyncTexts.DateTime(deadline)), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A stage by number (1-based) or by name, whole or its beginning, in any case.</summary>
    [GeneratedRegex(@"(?:^|\s)(?:as|как)\s+(?<role>[^\s<>]+)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RolePattern();
}
