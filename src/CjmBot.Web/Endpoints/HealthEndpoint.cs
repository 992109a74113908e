using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CjmBot.Web.Endpoints;

/// <summary>
/// <c>GET /healthz</c>: ready to serve, storage included (200 <c>ok</c>, or 503 with the reason), for readiness probes and
/// load balancers. <c>GET /healthz/live</c>: the process answers; touches nothing else, so a storage outage never gets
/// healthy replicas restarted.
/// </summary>
public static class HealthEndpoint
{
    public const string Route = "/healthz";
    public const string LiveRoute = "/healthz/live";
    public const string ReadyTag = "ready";

    public static IServiceCollection AddHealthEndpoint(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapHealthEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(Route, new HealthCheckOptions
        {
            Predicate = registration => registration.Tags.Contains(ReadyTag),
            ResponseWriter = WriteAsync,
        });
        endpoints.MapHealthChecks(LiveRoute, new HealthCheckOptions { Predicate = static _ => false, ResponseWriter = WriteAsync });
        return endpoints;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        if (report.Status == HealthStatus.Healthy)
        {
            return context.Response.WriteAsync("ok");
        }

        var reasons = report.Entries
            .Where(static entry => entry.Value.Status != HealthStatus.Healthy)
            .Select(static entry => $"{entry.Key}: {entry.Value.Description}");
        return context.Response.WriteAsync("unhealthy; " + string.Join("; ", reasons));
    }
}
