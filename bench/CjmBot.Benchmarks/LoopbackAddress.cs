using Microsoft.AspNetCore.Builder;

namespace CjmBot.Benchmarks;

internal static class LoopbackAddress
{
    /// <summary>The address Kestrel actually bound after starting on port 0.</summary>
    public static Uri Of(WebApplication app) =>
        app.Urls.Select(url => new Uri(url)).FirstOrDefault(uri => uri.Port > 0)
        ?? throw new InvalidOperationException("The host did not report the port it listens on.");
}
