using CjmBot.Protocol.Routing;
using CjmBot.Protocol.Turns;
using Microsoft.Extensions.Logging;

namespace CjmBot.Bot;

/// <summary>The bot: registers its routes once and routes every turn through them.</summary>
public sealed class CjmBotApplication : IBot
{
    private readonly ActivityRouter _router;

    public CjmBotApplication(ILogger<CjmBotApplication> logger)
    {
        _router = new ActivityRouter(logger);
    }

    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        _router.RouteAsync(turnContext, cancellationToken);
}
