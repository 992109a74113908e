using System.Globalization;
using System.Text.RegularExpressions;
using CjmBot.Application;
using CjmBot.Application.UseCases.Contributors;
using CjmBot.Bot.Chat;
using CjmBot.Bot.Commands;
using CjmBot.Bot.Rendering;
using CjmBot.Bot.Routes;
using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Submissions;
using CjmBot.Protocol.Routing;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;
using CjmBot.Workshops.Frame;

namespace CjmBot.Bot.Async;

/// <summary>
/// Asynchronous contributors: the facilitator's <c>invite</c>, <c>role</c> and <c>deadline</c>, and the buttons of
/// invitations and personal-chat questions. A button names its workshop and is honoured only for the sender's own
/// invitation to it, in a personal chat.
/// </summary>
public sealed partial class AsyncRoutes(
    UseCaseRunner workshops,
    IWorkshopRepository repository,
    AsyncInvitations invitations,
    AsyncSequences sequences,
    AsyncSequenceCursor cursor,
    TimeProvider time) : IRouteGroup, ICommandGroup
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
        var language = TurnLanguage.Of(turn.Activity);
        var submit = AsyncSubmit.Read(action.Verb, action.Data);
        var step = submit?.Step switch
        {
            AsyncStep.Later => ContributingStep.Later,
            AsyncStep.Start => ContributingStep.Begin,
            _ => ContributingStep.Continue,
        };
        var outcome = submit is null
            ? null
            : await workshops.RunAsync(new Contribute(TurnOrigins.Of(turn), submit.WorkshopId, step), cancellationToken).ConfigureAwait(false);
        switch (outcome)
        {
            case ContributingLater later:
                await turn.ReplyAsync(AsyncText.For(later.Workshop.Frame.Language).SavedForLater, cancellationToken).ConfigureAwait(false);
                break;
            case ContributionWindowClosed closed:
                await turn.ReplyAsync(AsyncText.For(closed.Workshop.Frame.Language).WindowClosed(ParticipantText.EscapeMarkdown(closed.Workshop.Frame.Title)), cancellationToken)
                    .ConfigureAwait(false);
                break;
            case ContributingOpen open:
                // The chat the invitation went to is marked too, when the click came from another one.
                if (ChatAddresses.Read(open.Invitation.ChatReference)?.Conversation.Id is { Length: > 0 } chat && chat != turn.Activity.Conversation?.Id)
                {
                    await repository.MarkAsyncSequencesAsync(chat, cancellationToken).ConfigureAwait(false);
                }

                await cursor.SetAsync(open.Invitation.Person.Id, open.Workshop.Frame.Id, cancellationToken).ConfigureAwait(false);
                await sequences.RunAsync(turn, open.Invitation, open.Plan, cancellationToken).ConfigureAwait(false);
                break;
            case Application.Outcomes.Outcome other when Replies.CommonCard(turn, action, other, language) is { } common:
                return common;
            default:
                // A forged or foreign card: never write into a workshop the sender was not invited to.
                return CardActionResult.ShowMessage(AsyncText.For(language).NotInvited);
        }

        // The sequence answered in the chat itself; a Submit needs no extra message.
        return CardActionResult.ShowMessage(action.IsExecute ? "✓" : "");
    }

    private async Task InviteAsync(ITurnContext turn, ParsedCommand command, Language language, CancellationToken cancellationToken)
    {
        var argument = command.Argument;
        string? role = null;
        if (RolePattern().Match(argument) is { Success: true } roleMatch)
        {
            role = roleMatch.Groups["role"].Value;
            argument = argument[..roleMatch.Index];
        }

        var everyone = argument.Trim().ToLower(CultureInfo.InvariantCulture) is "all" or "всех" or "все";
        IReadOnlyList<ChannelAccount> accounts = everyone
            ? await AsyncInvitations.MembersAsync(turn, cancellationToken).ConfigureAwait(false)
            : [.. (turn.Activity.Entities ?? [])
                .Where(entity => entity.Type == Entity.MentionType && entity.Mentioned is { } who && who.Id != turn.Activity.Recipient?.Id)
                .Select(entity => entity.Mentioned!)];
        var people = accounts.Select(account => new Participant(account.Id, account.Name is { Length: > 0 } name ? name : account.Id)).ToList();
        var outcome = await workshops.RunAsync(new InviteContributors(TurnOrigins.Of(turn), people, role, everyone), cancellationToken).ConfigureAwait(false);
        var reply = outcome switch
        {
            InvitationsPlanned planned => await invitations.SendAsync(
                turn, planned, accounts.DistinctBy(account => account.Id).ToDictionary(account => account.Id, StringComparer.Ordinal), cancellationToken).ConfigureAwait(false),
            UnknownRole unknown => AsyncText.For(unknown.Workshop.Frame.Language).UnknownRole(ParticipantText.EscapeMarkdown(unknown.Role)),
            InviteUsage usage => AsyncText.For(usage.Workshop.Frame.Language).InviteUsage,
            _ => Replies.Common(turn, outcome, language) ?? "",
        };
        if (reply.Length > 0)
        {
            await turn.ReplyAsync(reply, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task RoleAsync(ITurnContext turn, ParsedCommand command, Language language, CancellationToken cancellationToken)
    {
        var outcome = await workshops.RunAsync(new SetRole(TurnOrigins.Of(turn), command.Argument), cancellationToken).ConfigureAwait(false);
        var reply = outcome switch
        {
            RoleUsage usage => AsyncText.For(usage.Workshop.Frame.Language).RoleUsage,
            UnknownStage unknown => WorkshopText.For(unknown.Workshop.Frame.Language)
                .UnknownStage(SessionPresenter.StageList(unknown.Workshop.Frame, Enumerable.Range(0, unknown.Workshop.Frame.Stages.Count))),
            RoleSet set => AsyncText.For(set.Workshop.Frame.Language)
                .RoleSet(ParticipantText.EscapeMarkdown(set.Role.Role), SessionPresenter.StageList(set.Workshop.Frame, set.Role.Stages)),
            _ => Replies.Common(turn, outcome, language) ?? "",
        };
        if (reply.Length > 0)
        {
            await turn.ReplyAsync(reply, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task DeadlineAsync(ITurnContext turn, ParsedCommand command, Language language, CancellationToken cancellationToken)
    {
        var zone = TurnTimeZone.Of(turn.Activity);
        var deadline = DeadlineParser.Parse(command.Argument, time.GetUtcNow(), zone);
        var outcome = await workshops.RunAsync(new SetDeadline(TurnOrigins.Of(turn), deadline), cancellationToken).ConfigureAwait(false);
        var reply = outcome switch
        {
            DeadlineUsage usage => AsyncText.For(usage.Workshop.Frame.Language).DeadlineUsage,
            DeadlineInPast past => AsyncText.For(past.Workshop.Frame.Language).DeadlineInPast,
            DeadlineSaved saved => AsyncText.For(saved.Workshop.Frame.Language).DeadlineSet(AsyncTexts.DateTime(saved.Deadline, zone)),
            _ => Replies.Common(turn, outcome, language) ?? "",
        };
        if (reply.Length > 0)
        {
            await turn.ReplyAsync(reply, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The role an invite names: <c>as support</c> / <c>как поддержка</c> at the end.</summary>
    [GeneratedRegex(@"(?:^|\s)(?:as|как)\s+(?<role>[^\s<>]+)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RolePattern();
}
