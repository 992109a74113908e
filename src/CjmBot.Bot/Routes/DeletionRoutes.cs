using System.Globalization;
using System.Text;
using CjmBot.Bot.Commands;
using CjmBot.Bot.Workshops;
using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Screens;
using CjmBot.Cards.Submissions;
using CjmBot.Protocol.Routing;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;
using Microsoft.Extensions.Logging;

namespace CjmBot.Bot.Routes;

/// <summary>
/// <c>delete</c>: asks the facilitator to confirm, then removes the workshop completely and says what was removed.
/// The confirmation names its workshop; it is refused when it comes from anyone but a facilitator, or when it is
/// not about the conversation's current workshop any more (another one started, or it was deleted already).
/// </summary>
public sealed class DeletionRoutes(WorkshopGuard guard, WorkshopDeletion deletion, ILogger<DeletionRoutes> logger) : IRouteGroup, ICommandGroup
{
    public IEnumerable<KeyValuePair<BotCommand, CommandHandler>> Handlers => [new(BotCommands.Delete, AskAsync)];

    public void Register(ActivityRouter router)
    {
        foreach (var verb in DeleteWorkshopSubmit.Verbs)
        {
            router.OnCardAction(verb, OnAnswerAsync);
        }
    }

    private async Task AskAsync(ITurnContext turn, ParsedCommand command, Language language, CancellationToken cancellationToken)
    {
        // CommandRoutes refused anyone but a facilitator of the active workshop before this runs.
        var head = (await guard.ActiveHeadAsync(turn, cancellationToken).ConfigureAwait(false))!;
        await turn.SendActivityAsync(
            new Activity { Attachments = [Attachment.AdaptiveCard(DeleteConfirmationCard.Create(head.Frame))] }, cancellationToken)
            .ConfigureAwait(false);
    }

    private async Task<CardActionResult> OnAnswerAsync(ITurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var submit = DeleteWorkshopSubmit.Read(action.Verb, action.Data);
        var head = await guard.ActiveHeadAsync(turn, cancellationToken).ConfigureAwait(false);
        var language = head?.Frame.Language ?? TurnLanguage.Of(turn.Activity);
        var text = SummaryText.For(language);
        if (submit is null || head is null || head.Frame.Id != submit.WorkshopId)
        {
            Log.DeletionRefused(logger, submit?.WorkshopId ?? "?", "stale confirmation");
            return CardActionResult.ShowMessage(text.DeleteStale);
        }

        if (!head.Frame.IsFacilitator(turn.Activity.From?.Id ?? ""))
        {
            Log.DeletionRefused(logger, submit.WorkshopId, "not a facilitator");
            return CardActionResult.ShowMessage(WorkshopGuard.FacilitatorsOnly(head));
        }

        if (!submit.Confirm)
        {
            return CardActionResult.ReplaceCard(MessageCard.Create(text.DeleteCancelled, language));
        }

        var report = await deletion.DeleteAsync(submit.WorkshopId, language, cancellationToken).ConfigureAwait(false);
        if (report is null)
        {
            return CardActionResult.ShowMessage(text.AlreadyDeleted);
        }

        // The confirmation card becomes the outcome, so it cannot be clicked again.
        return CardActionResult.ReplaceCard(MessageCard.Create(Describe(text, ParticipantText.EscapeMarkdown(head.Frame.Title), report), language));
    }

    public static string Describe(SummaryText text, string title, WorkshopDeletionReport report)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(report);
        var lines = new StringBuilder(text.Deleted(title));
        void Line(string what, int count)
        {
            if (count > 0)
            {
                lines.Append("\n\n- ").Append(what).Append(": ").Append(count.ToString(CultureInfo.InvariantCulture));
            }
        }

        foreach (var (kind, count) in report.Rows.Contributions.OrderBy(pair => pair.Key))
        {
            Line(text.ContributionRows(kind), count);
        }

        foreach (var (prefix, count) in report.Rows.OtherRows.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            Line(text.OtherRows(prefix), count);
        }

        Line(text.HeadRows, report.Rows.HeadRows);
        Line(text.IndexRows, report.Rows.IndexRows);
        Line(text.ScheduledJobs, report.ScheduledJobs);
        Line(text.StateItems, report.StateItems);
        Line(text.MapMessage, report.MapMessage == MapMessageRemoval.Removed ? 1 : 0);
        Line(text.MapMessageReplaced, report.MapMessage == MapMessageRemoval.Replaced ? 1 : 0);
        if (report.MapMessage == MapMessageRemoval.Kept)
        {
            lines.Append("\n\n").Append(text.MapMessageKept);
        }

        return lines.ToString();
    }
}
