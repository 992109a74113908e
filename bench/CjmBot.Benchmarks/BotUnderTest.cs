using CjmBot.Web.Endpoints;
using CjmBot.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace CjmBot.Benchmarks;

/// <summary>
/// The real bot host (the Web project's own wiring) on a free loopback port, configured as a developer runs it
/// locally: authentication off, Table Storage, logging at Warning so that writing logs is not what gets measured.
/// </summary>
internal sealed class BotUnderTest : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BotUnderTest(WebApplication app, Uri messagesUri)
    {
        _app = app;
        MessagesUri = messagesUri;
    }

    public Uri MessagesUri { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>
    /// Waits until no turn is under way: the bot acknowledges a message once its turn begins to reply, and the replies go
    /// on after the HTTP answer, so a scenario that reads the connector's calls waits for them first.
    /// </summary>
    public async Task SettleAsync(CancellationToken cancellationToken)
    {
        var turns = Services.GetRequiredService<CjmBot.Web.Hosting.BackgroundTurns>();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (turns.Underway > 0 && waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(10, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <param name="mapStaysPut">The live map is never posted again at the bottom (the fault scenarios count a re-posted map as a failure).</param>
    public static async Task<BotUnderTest> StartAsync(string storageConnectionString, string tablePrefix, CancellationToken cancellationToken, bool mapStaysPut = false)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Development,
            ContentRootPath = AppContext.BaseDirectory,
        });

        // Only these settings: no appsettings file or environment variable may change what is measured.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:DisableAuthentication"] = "true",
            ["Storage:Provider"] = "AzureTables",
            ["Storage:ConnectionString"] = storageConnectionString,
            ["Storage:TablePrefix"] = tablePrefix,
            ["Exports:SigningKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
            ["Exports:PublicBaseUrl"] = "http://127.0.0.1",
        });
        if (mapStaysPut)
        {
            builder.Configuration["LiveMap:FollowAfterMessages"] = "1000";
        }

        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddSimpleConsole(options => options.SingleLine = true);
        builder.Services.Configure<ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);

        builder.Services.AddCjmBotHost();
        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        app.MapCjmBotEndpoints();
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        return new BotUnderTest(app, new Uri(LoopbackAddress.Of(app), MessagesEndpoint.Route));
    }

    public async ValueTask DisposeAsync()
    {
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _app.StopAsync(stopping.Token).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
