using CjmBot.Bot;
using CjmBot.Protocol.Authentication;
using CjmBot.Protocol.Connector;
using CjmBot.Protocol.Telemetry;
using CjmBot.Protocol.Turns;
using CjmBot.Storage;
using CjmBot.Web.Endpoints;
using CjmBot.Web.MapPage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CjmBot.Web.Hosting;

/// <summary>Everything <c>Program.cs</c> wires, so that the host itself stays a handful of calls.</summary>
public static class HostingExtensions
{
    public const string OpenIdHttpClientName = "BotFrameworkOpenId";

    /// <summary>
    /// Connections are recycled by the handler itself, so the typed connector client may live inside the
    /// singleton adapter without pinning stale DNS entries.
    /// </summary>
    private static readonly TimeSpan PooledConnectionLifetime = TimeSpan.FromMinutes(5);

    /// <summary>The bot's options, validated when the host starts (so a misconfigured host never serves).</summary>
    public static IServiceCollection AddBotOptions(this IServiceCollection services)
    {
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotOptions>, BotOptionsEnvironmentValidator>();
        services.AddOptions<MessagesEndpointOptions>().BindConfiguration(MessagesEndpointOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ConnectorClientOptions>().BindConfiguration(ConnectorClientOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }

    /// <summary>Inbound token validation against the Bot Framework's published signing keys.</summary>
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(OpenIdHttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = PooledConnectionLifetime })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        services.TryAddSingleton<IConfigurationManager<OpenIdConnectConfiguration>>(provider =>
            BotFrameworkTokenValidator.CreateConfigurationManager(
                provider.GetRequiredService<IOptions<BotOptions>>().Value.OpenIdMetadataUrl,
                provider.GetRequiredService<IHttpClientFactory>().CreateClient(OpenIdHttpClientName),
                provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<BotFrameworkTokenValidator>();
        return services;
    }

    /// <summary>The outbound half: token source, the connector client with its retry and auth handlers, the adapter.</summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => BotTokenProviders.Create(provider.GetRequiredService<IOptions<BotOptions>>().Value));
        services.AddTransient<ConnectorRetryHandler>();
        services.AddTransient<BotAuthenticationHandler>();
        services.AddMetrics();
        services.TryAddSingleton<ProtocolTelemetry>();
        services.AddTransient<ConnectorTelemetryHandler>();

        // Retry outermost: every attempt passes the auth handler again and gets a current token. Telemetry
        // innermost: it sees each attempt's own status.
        services.AddHttpClient<IConnectorClient, ConnectorClient>()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = PooledConnectionLifetime })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .AddHttpMessageHandler<ConnectorRetryHandler>()
            .AddHttpMessageHandler<BotAuthenticationHandler>()
            .AddHttpMessageHandler<ConnectorTelemetryHandler>();

        services.AddSingleton<CloudAdapter>();
        services.AddSingleton<ChannelAdapter>(provider => provider.GetRequiredService<CloudAdapter>());
        services.AddSingleton<BackgroundTurns>();
        services.AddSingleton<IHostedService>(provider => provider.GetRequiredService<BackgroundTurns>());
        return services;
    }

    /// <summary>Everything the host runs: options, both halves of the protocol, the bot, and a default state store.</summary>
    public static IServiceCollection AddCjmBotHost(this IServiceCollection services)
    {
        services.AddBotOptions();
        services.AddBotAuthentication();
        services.AddBotConnector();
        services.AddCjmBot();
        services.AddCjmBotStorage();
        services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddHealthEndpoint();
        services.AddMapPage();
        return services;
    }

    /// <summary>The live map page, its tabs and the bounded, streamed downloads.</summary>
    public static IServiceCollection AddMapPage(this IServiceCollection services)
    {
        services.AddOptions<DownloadLimitOptions>().BindConfiguration(DownloadLimitOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<MapPageOptions>().BindConfiguration(MapPageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DownloadGate>();
        services.AddSingleton<MapAssets>();
        services.AddSingleton<MapWatchers>();
        return services;
    }

    public static WebApplication MapCjmBotEndpoints(this WebApplication app)
    {
        app.MapMessagesEndpoint();
        app.MapHealthEndpoint();
        app.MapExportEndpoint();
        app.MapPersonalDataEndpoint();
        app.MapMapPageEndpoints();
        app.MapLegalPageEndpoints();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            if (app.Services.GetRequiredService<IOptions<BotOptions>>().Value.DisableAuthentication)
            {
                Log.AuthenticationDisabled(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HostingExtensions).FullName!));
            }
        });
        return app;
    }
}
