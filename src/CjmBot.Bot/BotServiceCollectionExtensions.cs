using CjmBot.Bot.Async;
using CjmBot.Bot.Exports;
using CjmBot.Bot.Routes;
using CjmBot.Bot.Scheduling;
using CjmBot.Bot.Telemetry;
using CjmBot.Bot.Workshops;
using CjmBot.Dialogs;
using CjmBot.Protocol.Telemetry;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops.LiveMap;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace CjmBot.Bot;

public static class BotServiceCollectionExtensions
{
    /// <summary>
    /// Registers the bot, its routes and its turn middleware (in order: telemetry, logging scope, then error handling),
    /// and the scheduler that fires question timers and redraws live maps. The host adds the adapter, the connector and the storage
    /// (state store, workshop repository, job store).
    /// </summary>
    public static IServiceCollection AddCjmBot(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<SchedulerOptions>().BindConfiguration(SchedulerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        services.AddMetrics();
        services.TryAddSingleton<ProtocolTelemetry>();
        services.TryAddSingleton<WorkshopTelemetry>();

        services.AddSingleton<ITurnMiddleware, TurnTelemetryMiddleware>();
        services.AddSingleton<ITurnMiddleware, LoggingScopeMiddleware>();
        services.AddSingleton<ITurnMiddleware, TurnErrorMiddleware>();
        services.AddSingleton<ITurnMiddleware, AsyncSequenceMiddleware>();

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
        AddRouteGroup<AsyncRoutes>(services, commands: true);
        services.AddSingleton<Voting.ConversationMembers>();
        services.AddSingleton<Voting.OwnerNotifier>();
        AddRouteGroup<VotingRoutes>(services, commands: true);

        // Commands are matched before the free-text route (ContributionRoutes registers it as a fallback).
        services.AddSingleton<IRouteGroup, CommandRoutes>();
        services.AddSingleton<IBot, CjmBotApplication>();

        services.AddSingleton<IScheduledJobHandler, QuestionTimerJobHandler>();
        services.AddSingleton<IScheduledJobHandler, MapRenderJobHandler>();
        services.AddDialogs();
        services.AddSingleton<AsyncSequenceCursor>();
        services.AddSingleton<AsyncSchedule>();
        services.AddSingleton<AsyncPlans>();
        services.AddSingleton<AsyncInvitations>();
        services.AddSingleton<AsyncStatus>();
        services.AddSingleton<AsyncSequenceDialog>();
        services.AddSingleton<AsyncSequences>();
        services.AddSingleton<IScheduledJobHandler, AsyncReminderJobHandler>();
        services.AddSingleton<IScheduledJobHandler, AsyncDeadlineJobHandler>();
        services.AddSingleton<ScheduledJobRunner>();
        services.AddSingleton<IHostedService>(provider => provider.GetRequiredService<ScheduledJobRunner>());
        AddRouteGroup<MapViewRoutes>(services, commands: false);

        // Summary, exports and deletion.
        services.AddOptions<ExportOptions>().BindConfiguration(ExportOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ExportLinks>();
        services.AddSingleton<WorkshopDeletion>();
        AddRouteGroup<SummaryRoutes>(services, commands: true);
        AddRouteGroup<DeletionRoutes>(services, commands: true);
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
