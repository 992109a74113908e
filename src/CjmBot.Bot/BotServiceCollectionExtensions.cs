using CjmBot.Bot.Routes;
using CjmBot.Bot.Scheduling;
using CjmBot.Bot.Workshops;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops.LiveMap;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace CjmBot.Bot;

public static class BotServiceCollectionExtensions
{
    /// <summary>
    /// Registers the bot, its routes and its turn middleware (in order: logging scope, then error handling),
    /// and the scheduler that fires question timers and redraws live maps. The host adds the adapter, the connector and the storage
    /// (state store, workshop repository, job store).
    /// </summary>
    public static IServiceCollection AddCjmBot(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<SchedulerOptions>().BindConfiguration(SchedulerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        services.AddSingleton<ITurnMiddleware, LoggingScopeMiddleware>();
        services.AddSingleton<ITurnMiddleware, TurnErrorMiddleware>();

        services.AddSingleton<WorkshopGuard>();
        services.AddSingleton<WorkshopPresenter>();
        services.AddSingleton<WorkshopTimers>();
        services.AddSingleton<WorkshopMoves>();
        services.AddSingleton<ContributionRecorder>();
        services.AddSingleton<ConversationReferences>();
        services.AddSingleton<MapRenderSchedule>();
        services.AddSingleton<LiveMaps>();
        services.AddSingleton<CommandRedeliveries>();

        AddRouteGroup<WelcomeRoutes>(services, commands: false);
        AddRouteGroup<HelpRoutes>(services, commands: true);
        AddRouteGroup<WorkshopSetupRoutes>(services, commands: true);
        AddRouteGroup<FacilitatorRoutes>(services, commands: true);
        AddRouteGroup<ContributionRoutes>(services, commands: true);

        // Commands are matched before the free-text route (ContributionRoutes registers it as a fallback).
        services.AddSingleton<IRouteGroup, CommandRoutes>();
        services.AddSingleton<IBot, CjmBotApplication>();

        services.AddSingleton<IScheduledJobHandler, QuestionTimerJobHandler>();
        services.AddSingleton<IScheduledJobHandler, MapRenderJobHandler>();
        services.AddSingleton<ScheduledJobRunner>();
        services.AddSingleton<IHostedService>(provider => provider.GetRequiredService<ScheduledJobRunner>());
        return services;
    }

    private static void AddRouteGroup<T>(IServiceCollection services, bool commands)
        where T : class, IRouteGroup
    {
        services.AddSingleton<T>();
        services.AddSingleton<IRouteGroup>(provider => provider.GetRequiredService<T>());
        if (commands)
        {
            services.AddSingleton(provider => (ICommandGroup)provider.GetRequiredService<T>());
        }
    }
}
