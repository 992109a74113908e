using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CjmBot.Benchmarks;

/// <summary>One request the bot made to the Bot Connector.</summary>
/// <param name="Timestamp">When it arrived, in <see cref="Stopwatch"/> ticks.</param>
/// <param name="AssignedId">The activity id the connector answered with (a reply) or echoed (an update).</param>
/// <param name="MapAnswers">For an update carrying the map card: how many answers its lanes count; otherwise null.</param>
internal sealed record ConnectorCall(long Timestamp, string Method, string ConversationId, string AssignedId, int? MapAnswers = null);

/// <summary>
/// A minimal Bot Connector on a free loopback port: accepts every send, reply and update at once and records it,
/// so the benchmark measures the bot and not a connector, and can count what the bot sends per conversation.
/// </summary>
internal sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ConnectorCall> _calls = new();
    private long _lastId;

    private FakeConnector(WebApplication app) => _app = app;

    public Uri ServiceUrl { get; private set; } = null!;

    public static async Task<FakeConnector> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        var connector = new FakeConnector(app);
        app.MapPost("/v3/conversations/{conversationId}/activities", (HttpContext context, string conversationId) => connector.ReplyAsync(context, conversationId));
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", (HttpContext context, string conversationId) => connector.ReplyAsync(context, conversationId));
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", (HttpContext context, string conversationId, string activityId) =>
            connector.UpdateAsync(context, conversationId, activityId));
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        connector.ServiceUrl = LoopbackAddress.Of(app);
        return connector;
    }

    /// <summary>Every call so far, in arrival order.</summary>
    public IReadOnlyList<ConnectorCall> Calls => [.. _calls];

    /// <summary>The calls for one conversation that arrived in [<paramref name="from"/>, <paramref name="to"/>] (Stopwatch ticks).</summary>
    public IReadOnlyList<ConnectorCall> CallsFor(string conversationId, long from = long.MinValue, long to = long.MaxValue) =>
        _calls.Where(call => call.ConversationId == conversationId && call.Timestamp >= from && call.Timestamp <= to).ToList();

    public async ValueTask DisposeAsync()
    {
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _app.StopAsync(stopping.Token).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private Task ReplyAsync(HttpContext context, string conversationId)
    {
        var id = Interlocked.Increment(ref _lastId).ToString(CultureInfo.InvariantCulture);
        _calls.Enqueue(new ConnectorCall(Stopwatch.GetTimestamp(), HttpMethods.Post, conversationId, id));
        return AnswerAsync(context, StatusCodes.Status201Created, id);
    }

    private async Task UpdateAsync(HttpContext context, string conversationId, string activityId)
    {
        var arrived = Stopwatch.GetTimestamp();
        var activity = await ProtocolJson.DeserializeAsync<CjmBot.Protocol.Schema.Activity>(context.Request.Body, context.RequestAborted).ConfigureAwait(false);
        _calls.Enqueue(new ConnectorCall(arrived, HttpMethods.Put, conversationId, activityId, MapLanes.AnswersShown(activity)));
        await AnswerAsync(context, StatusCodes.Status200OK, activityId).ConfigureAwait(false);
    }

    private static Task AnswerAsync(HttpContext context, int statusCode, string id)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(ProtocolJson.Serialize(new ResourceResponse { Id = id }), context.RequestAborted);
    }
}
