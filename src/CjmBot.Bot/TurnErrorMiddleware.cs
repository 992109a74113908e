using CjmBot.Cards.Localization;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.State;
using CjmBot.Protocol.Turns;
using Microsoft.Extensions.Logging;

namespace CjmBot.Bot;

/// <summary>
/// Turns an exception into an apology the user can act on, in their language, without the exception's text.
/// A card click gets an error answer in the invoke response instead of a silent failure.
/// </summary>
public sealed class TurnErrorMiddleware(ILogger<TurnErrorMiddleware> logger) : ITurnMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        try
        {
            await next(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var language = TurnLanguage.Of(turnContext.Activity, TurnTextOrNull(turnContext));
            var storageDown = IsStorageUnavailable(exception);
            string apology;
            if (storageDown)
            {
                Log.TurnStorageUnavailable(logger, exception, turnContext.Activity.Type);
                apology = OutageText.For(language).StorageUnavailable;
            }
            else
            {
                Log.TurnFailed(logger, exception, turnContext.Activity.Type);
                apology = BotText.For(language).TurnFailed;
            }

            if (turnContext.Activity.Type == ActivityTypes.Invoke)
            {
                turnContext.InvokeResponse = new InvokeResponse(200, AdaptiveCardInvokeResponse.Error(
                    storageDown ? 503 : 500, storageDown ? "StorageUnavailable" : "TurnFailed", apology).ToJson());
                return;
            }

            try
            {
                await turnContext.SendActivityAsync(new Activity { Text = apology }, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception sendException)
            {
                Log.ApologyFailed(logger, sendException);
            }
        }
    }

    /// <summary>Storage failures may arrive wrapped (a dialog or a job runner rethrowing); any layer counts.</summary>
    private static bool IsStorageUnavailable(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is StorageUnavailableException)
            {
                return true;
            }
        }

        return false;
    }

    private static string? TurnTextOrNull(ITurnContext turn) => turn.Activity.Type == ActivityTypes.Message ? turn.Activity.Text : null;
}
