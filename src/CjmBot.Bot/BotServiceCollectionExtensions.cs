using CjmBot.Protocol.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace CjmBot.Bot;

public static class BotServiceCollectionExtensions
{
    /// <summary>Registers the bot and its turn middleware. The host adds the adapter, connector and storage.</summary>
    public static IServiceCollection AddCjmBot(this IServiceCollection services)
    {
        services.AddSingleton<ITurnMiddleware, LoggingScopeMiddleware>();
        services.AddSingleton<IBot, CjmBotApplication>();
        return services;
    }
}
