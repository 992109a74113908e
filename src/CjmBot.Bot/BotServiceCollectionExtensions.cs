using CjmBot.Application;
using CjmBot.Application.Effects;
using CjmBot.Bot.Async;
using CjmBot.Bot.Chat;
using CjmBot.Bot.Effects;
using CjmBot.Bot.Exports;
using CjmBot.Bot.LiveMap;
using CjmBot.Bot.Rendering;
using CjmBot.Bot.Routes;
using CjmBot.Bot.Scheduling;
using CjmBot.Bot.Telemetry;
using CjmBot.Bot.Voting;
using CjmBot.Dialogs;
using CjmBot.Protocol.Telemetry;
using CjmBot.Protocol.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using CjmBot.Workshops.Retention;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CjmBot.Bot;

public static class BotServiceCollectionExtensions
{
    /// <summary>
    /// Registers the bot, its routes and its turn middleware (in order: telemetry, logging scope, then error handling),
    /// the application layer every workshop change goes through, and the scheduler that fires question timers and
    /// redraws live maps. The host adds the adapter, the connector and the storage (state store, workshop repository,
    /// job store).
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

        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(provider => new RetentionPolicy(provider.GetRequiredService<IOptions<RetentionOptions>>().Value.ClosedWorkshopDays));

        // The application layer, and what its effects are carried out by.
        services.AddWorkshopApplication();
        services.AddSingleton<IEffectDispatcher, EffectDispatcher>();
        services.AddSingleton<WorkshopTimers>();
        services.AddSingleton<WorkshopRetention>();
        services.AddSingleton<MapRenderSchedule>();
        services.AddSingleton<AsyncSchedule>();
        services.AddSingleton<AsyncSequenceCursor>();

        // What the chat sees.
        services.AddSingleton<LiveMaps>();
        services.AddOptions<LiveMapOptions>().BindConfiguration(LiveMapOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ChatAddresses>();
        services.AddSingleton<PostedCards>();
        services.AddSingleton<SessionPresenter>();
        services.AddSingleton<AnswerPrompts>();
        services.AddSingleton<ConversationMembers>();
        services.AddSingleton<OwnerNotifier>();
        services.AddSingleton<AsyncInvitations>();
        services.AddDialogs();
        services.AddSingleton<AsyncSequenceDialog>();
        services.AddSingleton<AsyncSequences>();
        services.AddOptions<ExportOptions>().BindConfiguration(ExportOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ExportLinks>();

        AddRouteGroup<WelcomeRoutes>(services, commands: false);
        AddRouteGroup<HelpRoutes>(services, commands: true);
        AddRouteGroup<WorkshopSetupRoutes>(services, commands: true);
        AddRouteGroup<FacilitatorRoutes>(services, commands: true);
        AddRouteGroup<BlindRoutes>(services, commands: true);
        AddRouteGroup<ContributionRoutes>(services, commands: true);
        AddRouteGroup<ViewRoutes>(services, commands: true);
        AddRouteGroup<AsyncRoutes>(services, commands: true);
        AddRouteGroup<VotingRoutes>(services, commands: true);
        AddRouteGroup<DecisionRoutes>(services, commands: true);
        AddRouteGroup<ThemeRoutes>(services, commands: true);
        AddRouteGroup<SummaryRoutes>(services, commands: true);
        AddRouteGroup<DeletionRoutes>(services, commands: true);
        AddRouteGroup<RetentionRoutes>(services, commands: true);
        AddRouteGroup<PeopleRoutes>(services, commands: true);
        AddRouteGroup<GuidanceRoutes>(services, commands: true);

        // Commands are matched before the free-text route (ContributionRoutes registers it as a fallback).
        services.AddSingleton<IRouteGroup, CommandRoutes>();
        services.AddSingleton<IBot, CjmBotApplication>();

        services.AddSingleton<IScheduledJobHandler, QuestionTimerJobHandler>();
        services.AddSingleton<IScheduledJobHandler, MapRenderJobHandler>();
        services.AddSingleton<IScheduledJobHandler, AsyncReminderJobHandler>();
        services.AddSingleton<IScheduledJobHandler, AsyncDeadlineJobHandler>();
        services.AddSingleton<IScheduledJobHandler, RetentionJobHandler>();
        services.AddSingleton<IScheduledJobHandler, RetentionReminderJobHandler>();
        services.AddSingleton<IScheduledJobHandler, RetentionSweepJobHandler>();
        services.AddSingleton<RetentionSweep>();
        services.AddSingleton<IHostedService>(provider => provider.GetRequiredService<RetentionSweep>());
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
