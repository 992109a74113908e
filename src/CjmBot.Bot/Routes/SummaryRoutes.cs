using CjmBot.Bot.Commands;
using CjmBot.Bot.Exports;
using CjmBot.Bot.Workshops;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Screens;
using CjmBot.Protocol.Connector;
using CjmBot.Protocol.Routing;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;
using CjmBot.Workshops.Summary;
using Microsoft.Extensions.Logging;

namespace CjmBot.Bot.Routes;

/// <summary>
/// <c>export</c>: the summary card with signed download links, at any point of the workshop, posted in the
/// conversation. <c>export quiet</c> (ru <c>экспорт тихо</c>) sends it to the facilitator alone, in their personal
/// chat with the bot, created through the Bot Connector (Teams has no message in a channel or group chat that only
/// one member sees, and an invoke response only answers a card click): nobody else is notified.
/// </summary>
public sealed class SummaryRoutes(
    IWorkshopRepository repository,
    WorkshopGuard guard,
    ExportLinks links,
    ILogger<SummaryRoutes> logger) : IRouteGroup, ICommandGroup
{
    private static readonly HashSet<string> QuietWords = new(StringComparer.OrdinalIgnoreCase) { "quiet", "quietly", "privately", "тихо", "лично" };

    public IEnumerable<KeyValuePair<BotCommand, CommandHandler>> Handlers => [new(BotCommands.Export, ExportAsync)];

    public void Register(ActivityRouter router)
    {
        // Only the text command; the card's buttons open download links and need no route.
    }

    /// <summary>The summary card of a workshop as it stands, with fresh download links.</summary>
    public async Task<Activity?> CreateSummaryAsync(string workshopId, CancellationToken cancellationToken)
    {
        var workshop = await repository.LoadAsync(workshopId, cancellationToken).ConfigureAwait(false);
        if (workshop is null)
        {
            return null;
        }

        var previous = workshop.Frame.CopiedFromId is { } previousId
            ? await repository.LoadAsync(previousId, cancellationToken).ConfigureAwait(false)
            : null;
        var summary = WorkshopSummary.Of(workshop, previous);
        var downloads = links.CreateAll(workshopId, workshop.Frame.Language);
        var card = SummaryCard.Create(workshop, summary, downloads.Links, downloads.ExpiresAt, links.CreateMapPage(workshopId, workshop.Frame.Language));
        return new Activity { Attachments = [Attachment.AdaptiveCard(card)] };
    }

    private async Task ExportAsync(ITurnContext turn, ParsedCommand command, Language language, CancellationToken cancellationToken)
    {
        // CommandRoutes refused anyone but a facilitator of the active workshop before this runs.
        var head = (await guard.ActiveHeadAsync(turn, cancellationToken).ConfigureAwait(false))!;
        var text = SummaryText.For(head.Frame.Language);
        var quiet = QuietWords.Contains(command.Argument.Trim());
        if (!quiet && command.Argument.Length > 0)
        {
            await turn.ReplyAsync(text.ExportUsage, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (await CreateSummaryAsync(head.Frame.Id, cancellationToken).ConfigureAwait(false) is not { } summary)
        {
            await turn.ReplyAsync(WorkshopText.For(head.Frame.Language).NoWorkshop, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!quiet || turn.Activity.Conversation?.ConversationType == ConversationTypes.Personal)
        {
            await turn.SendActivityAsync(summary, cancellationToken).ConfigureAwait(false);
            Log.SummarySent(logger, head.Frame.Id, quiet);
            return;
        }

        try
        {
            await SendPrivatelyAsync(turn, summary, cancellationToken).ConfigureAwait(false);
            Log.SummarySent(logger, head.Frame.Id, quiet: true);
        }
        catch (ConnectorException exception)
        {
            // Typically 403: the app is not installed for this person, so the bot may not open a chat with them.
            Log.QuietSummaryFailed(logger, exception, head.Frame.Id);
            await turn.ReplyAsync(text.QuietFailed, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Opens (or reopens: Teams returns the existing one) the personal chat with the sender and posts there.</summary>
    private static async Task SendPrivatelyAsync(ITurnContext turn, Activity summary, CancellationToken cancellationToken)
    {
        var sender = turn.Activity.From ?? throw new InvalidOperationException("The activity has no sender.");
        var reference = await turn.CreatePersonalConversationAsync(sender, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("Teams created no conversation.");
        await turn.Adapter.ContinueConversationAsync(
            reference, (personal, token) => personal.SendActivityAsync(summary, token), cancellationToken).ConfigureAwait(false);
    }
}
