using CjmBot.Bot.Telemetry;
using CjmBot.Protocol.Telemetry;
using CjmBot.Storage.Telemetry;
using CjmBot.Web.Endpoints;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CjmBot.Web.Hosting;

/// <summary>OpenTelemetry for the host: the bot's own sources and meters plus ASP.NET Core and HttpClient, exported over OTLP.</summary>
public static class TelemetryExtensions
{
    /// <summary>The standard OpenTelemetry variable; the exporter reads it (and the other OTEL_EXPORTER_OTLP_* keys) itself.</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string ServiceNameKey = "OTEL_SERVICE_NAME";
    public const string DefaultServiceName = "cjmbot";

    /// <summary>
    /// Only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set: without an endpoint no provider is built, nothing listens to the
    /// instruments, and recording them costs nothing.
    /// </summary>
    public static IServiceCollection AddCjmBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (string.IsNullOrWhiteSpace(configuration[OtlpEndpointKey]))
        {
            return services;
        }

        var serviceName = configuration[ServiceNameKey] is { Length: > 0 } configured ? configured : DefaultServiceName;
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(tracing => tracing
                .AddSource(ProtocolTelemetry.Name)
                // Probes arrive every few seconds from every replica; their spans would drown the turns.
                .AddAspNetCoreInstrumentation(options => options.Filter = static context => !context.Request.Path.StartsWithSegments(HealthEndpoint.Route))
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(ProtocolTelemetry.Name, WorkshopTelemetry.Name, StorageTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation())
            .UseOtlpExporter();
        return services;
    }
}
