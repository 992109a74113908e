using CjmBot.Web.Endpoints;

namespace CjmBot.Web.Hosting;

/// <summary>
/// <c>dotnet CjmBot.Web.dll --health-probe</c>: asks the running bot's <c>/healthz</c> on loopback and exits 0 (healthy)
/// or 1. It is the container's HEALTHCHECK, because the ASP.NET runtime image has no curl or wget.
/// </summary>
public static class HealthProbe
{
    public const string Argument = "--health-probe";
    public const int DefaultPort = 8080;
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(4);

    public static bool IsRequested(IReadOnlyList<string> args) => args.Count > 0 && args[0] == Argument;

    /// <summary>The probed address: the first port of <c>ASPNETCORE_HTTP_PORTS</c> (as the image sets it), else 8080.</summary>
    public static Uri TargetFor(string? httpPorts)
    {
        var first = httpPorts?.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        var port = int.TryParse(first, out var parsed) && parsed is > 0 and <= 65535 ? parsed : DefaultPort;
        return new Uri($"http://127.0.0.1:{port}{HealthEndpoint.Route}");
    }

    /// <returns>0 when <paramref name="target"/> answered 2xx within <see cref="Timeout"/>, otherwise 1.</returns>
    public static async Task<int> RunAsync(Uri target, HttpMessageHandler handler, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var client = new HttpClient(handler, disposeHandler: false) { Timeout = Timeout };
        try
        {
            using var response = await client.GetAsync(target).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            await output.WriteLineAsync($"{(int)response.StatusCode} {body}").ConfigureAwait(false);
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            await output.WriteLineAsync($"unreachable: {exception.Message}").ConfigureAwait(false);
            return 1;
        }
    }
}
