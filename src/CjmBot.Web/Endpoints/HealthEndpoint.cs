namespace CjmBot.Web.Endpoints;

/// <summary><c>GET /healthz</c>: the process is up and serving requests. Checks nothing else on purpose.</summary>
public static class HealthEndpoint
{
    public const string Route = "/healthz";

    public static IEndpointRouteBuilder MapHealthEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Route, () => Results.Text("ok", "text/plain"));
        return endpoints;
    }
}
