using CjmBot.Bot.State;
using CjmBot.Cards.Localization;
using CjmBot.Protocol.Routing;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.State;
using CjmBot.Protocol.Turns;
using Microsoft.Extensions.Logging;

namespace CjmBot.Bot.Routes;

/// <summary>
/// Greets a conversation once when the bot is installed or added. Teams (and the Playground) send both an
/// installationUpdate and a conversationUpdate, concurrently and repeatedly; a create-only state write
/// decides which of them greets, so the conversation sees exactly one welcome.
/// </summary>
public sealed class WelcomeRoutes(IStateStore state, TimeProvider time, ILogger<WelcomeRoutes> logger) : IRouteGroup
{
    public void Register(ActivityRouter router)
    {
        router.On("conversationUpdate/botAdded", IsBotAdded, GreetOnceAsync);
        router.On("installationUpdate/add", turn => IsInstallation(turn, "add"), GreetOnceAsync);
        router.On("installationUpdate/remove", turn => IsInstallation(turn, "remove"), ForgetGreetingAsync);
    }

    private static bool IsBotAdded(ITurnContext turn) =>
        turn.Activity.Type == ActivityTypes.ConversationUpdate
        && turn.Activity.MembersAdded?.Any(member => member.Id == turn.Activity.Recipient?.Id) == true;

    private static bool IsInstallation(ITurnContext turn, string action) =>
        turn.Activity.Type == ActivityTypes.InstallationUpdate
        && turn.Activity.Action?.StartsWith(action, StringComparison.Ordinal) == true;

    private async Task GreetOnceAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        try
        {
            await state.WriteAsync(MarkerKey(turn.Activity), new WelcomeMarker(time.GetUtcNow()), BotJsonContext.Default.WelcomeMarker, eTag: null, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (StateConflictException)
        {
            Log.AlreadyWelcomed(logger);
            return;
        }

        var text = BotText.For(TurnLanguage.Of(turn.Activity));
        await turn.ReplyAsync(text.Welcome, cancellationToken).ConfigureAwait(false);
        Log.Welcomed(logger, turn.Activity.Conversation?.ConversationType);
    }

    /// <summary>After an uninstall the next install is a fresh start and deserves a welcome again.</summary>
    private async Task ForgetGreetingAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        await state.DeleteAsync(MarkerKey(turn.Activity), eTag: null, cancellationToken).ConfigureAwait(false);

    private static string MarkerKey(Activity activity) =>
        StateKeys.Build("welcome", activity.ChannelId ?? "msteams", activity.Conversation?.Id ?? "");
}
