using CjmBot.Cards.Localization;
using CjmBot.Protocol.Schema;
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
            Log.TurnFailed(logger, exception, turnContext.Activity.Type);
            var text = BotText.For(TurnLanguage.Of(turnContext.Activity, TurnTextOrNull(turnContext)));
            if (turnContext.Activity.Type == ActivityTypes.Invoke)
            {
                turnContext.InvokeResponse = new InvokeResponse(200, AdaptiveCardInvokeResponse.Error(500, "TurnFailed", text.TurnFailed).ToJson());
                return;
            }

            try
            {
                await turnContext.SendActivityAsync(new Activity { Text = text.TurnFailed }, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception sendException)
            {
                Log.ApologyFailed(logger, sendException);
            }
        }
    }

    private static string? TurnTextOrNull(ITurnContext turn) => turn.Activity.Type == ActivityTypes.Message ? turn.Activity.Text : null;
}
