using CjmBot.Application;
using CjmBot.Application.UseCases.Reading;
using CjmBot.Bot.Commands;
using CjmBot.Bot.Exports;
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
public sealed class SummaryRoutes(UseCaseRunner workshops, ExportLinks links, ILogger<SummaryRoutes> logger) : IRouteGroup, ICommandGroup
{
    private static readonly HashSet<string> QuietWords = new(StringComparer.OrdinalIgnoreCase) { "quiet", "quietly", "privately", "тихо", "лично" };

    public IEnumerable<KeyValuePair<BotCommand, CommandHandler>> Handlers => [new(BotCommands.Export, ExportAsync)];

    public void Register(ActivityRouter router)
    {
        // Only the text command; the card's buttons open download links and need no route.
    }

    /// <summary>The summary card of a workshop as read, with fresh download links.</summary>
    public Activity CreateSummary(WorkshopRead read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var workshop = read.Workshop;
        var summary = WorkshopSummary.Of(workshop, read.Previous);
        var downloads = links.CreateAll(workshop.Frame.Id, workshop.Frame.Language);
        return Replies.Card(SummaryCard.Create(workshop, summary, downloads.Links, downloads.ExpiresAt, links.CreateMapPage(workshop.Frame.Id, workshop.Frame.Language)));
    }

    private async Task ExportAsync(ITurnContext turn, ParsedCommand command, Language language, CancellationToken cancellationToken)
    {
        var quiet = QuietWords.Contains(command.Argument.Trim());
        var outcome = await workshops.RunAsync(new ReadWorkshop(TurnOrigins.Of(turn), WorkshopView.Summary), cancellationToken).ConfigureAwait(false);
        if (outcome is not WorkshopRead read)
        {
            await Replies.SentCommonAsync(turn, outcome, language, cancellationToken).ConfigureAwait(false);
            return;
        }

        var text = SummaryText.For(read.Workshop.Frame.Language);
        if (!quiet && command.Argument.Length > 0)
        {
            await turn.ReplyAsync(text.ExportUsage, cancellationToken).ConfigureAwait(false);
            return;
        }

        var summary = CreateSummary(read);
        if (!quiet || turn.Activity.Conversation?.ConversationType == ConversationTypes.Personal)
        {
            await turn.SendActivityAsync(summary, cancellationToken).ConfigureAwait(false);
            Log.SummarySent(logger, read.Workshop.Frame.Id, quiet);
            return;
        }

        try
        {
            await SendPrivatelyAsync(turn, summary, cancellationToken).ConfigureAwait(false);
            Log.SummarySent(logger, read.Workshop.Frame.Id, quiet: true);
        }
        catch (ConnectorException exception)
        {
            // Typically 403: the app is not installed for this person, so the bot may not open a chat with them.
            Log.QuietSummaryFailed(logger, exception, read.Workshop.Frame.Id);
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
