using CjmBot.Bot.Routes;
using CjmBot.Protocol.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CjmBot.Bot;

public static class BotServiceCollectionExtensions
{
    /// <summary>
    /// Registers the bot, its routes and its turn middleware (in order: logging scope, then error handling).
    /// The host adds the adapter, the connector and the storage.
    /// </summary>
    public static IServiceCollection AddCjmBot(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ITurnMiddleware, LoggingScopeMiddleware>();
        services.AddSingleton<ITurnMiddleware, TurnErrorMiddleware>();

        services.AddSingleton<HelpRoutes>();
        services.AddSingleton<ICommandHandler>(provider => provider.GetRequiredService<HelpRoutes>());

        // Route groups in priority order: card actions are matched by verb before any of these.
        services.AddSingleton<IRouteGroup, WelcomeRoutes>();
        services.AddSingleton<IRouteGroup>(provider => provider.GetRequiredService<HelpRoutes>());
        services.AddSingleton<IRouteGroup, CommandRoutes>();

        services.AddSingleton<IBot, CjmBotApplication>();
        return services;
    }
}
