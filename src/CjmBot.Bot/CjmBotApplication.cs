using CjmBot.Bot.Routes;
using CjmBot.Protocol.Routing;
using CjmBot.Protocol.Turns;
using Microsoft.Extensions.Logging;

namespace CjmBot.Bot;

/// <summary>The bot: registers every route group once, then routes each turn through them.</summary>
public sealed class CjmBotApplication : IBot
{
    private readonly ActivityRouter _router;

    public CjmBotApplication(IEnumerable<IRouteGroup> routeGroups, ILogger<CjmBotApplication> logger)
    {
        _router = new ActivityRouter(logger);
        foreach (var group in routeGroups)
        {
            group.Register(_router);
        }
    }

    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        _router.RouteAsync(turnContext, cancellationToken);
}
