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
/// <param name="MapAnswers">For a message or an update carrying the map card: how many answers its lanes count; otherwise null.</param>
/// <param name="ReplyToId">For a reply: the activity it answers.</param>
/// <param name="Text">For a message: its text.</param>
/// <param name="QuestionAnswers">For a question card: the answers its count section shows; otherwise null.</param>
internal sealed record ConnectorCall(
    long Timestamp, string Method, string ConversationId, string AssignedId, int? MapAnswers = null, string? ReplyToId = null, string? Text = null, int? QuestionAnswers = null);

/// <summary>
/// Makes the fake connector refuse a share of the calls as Teams does when throttling or briefly down: every
/// <paramref name="Every"/>-th call is refused, alternately with 429 (and <c>Retry-After</c>) and 503.
/// </summary>
internal sealed record ConnectorFaults(int Every, TimeSpan RetryAfter);

/// <summary>
/// A minimal Bot Connector on a free loopback port: accepts every send, reply and update at once and records it,
/// so the benchmark measures the bot and not a connector, and can count what the bot sends per conversation.
/// With <see cref="Faults"/> set it refuses a share of the calls (not recorded in <see cref="Calls"/>, counted apart).
/// </summary>
internal sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ConnectorCall> _calls = new();
    private long _lastId;
    private long _attempts;
    private long _refused429;
    private long _refused503;

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

    /// <summary>When set, the connector refuses a share of the calls; null accepts everything.</summary>
    public ConnectorFaults? Faults { get; set; }

    /// <summary>Calls refused with 429 and with 503 so far.</summary>
    public (long TooManyRequests, long Unavailable) Refused => (Interlocked.Read(ref _refused429), Interlocked.Read(ref _refused503));

    /// <summary>Every accepted call so far, in arrival order.</summary>
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

    private async Task ReplyAsync(HttpContext context, string conversationId)
    {
        var arrived = Stopwatch.GetTimestamp();
        var activity = await ProtocolJson.DeserializeAsync<CjmBot.Protocol.Schema.Activity>(context.Request.Body, context.RequestAborted).ConfigureAwait(false);
        if (await RefusedAsync(context).ConfigureAwait(false))
        {
            return;
        }

        var id = Interlocked.Increment(ref _lastId).ToString(CultureInfo.InvariantCulture);
        var replyTo = context.Request.RouteValues.TryGetValue("replyToId", out var routed) ? routed as string : null;
        _calls.Enqueue(new ConnectorCall(arrived, HttpMethods.Post, conversationId, id, MapLanes.AnswersShown(activity), replyTo ?? activity?.ReplyToId, activity?.Text, MapLanes.QuestionAnswers(activity)));
        await AnswerAsync(context, StatusCodes.Status201Created, id).ConfigureAwait(false);
    }

    private async Task UpdateAsync(HttpContext context, string conversationId, string activityId)
    {
        var arrived = Stopwatch.GetTimestamp();
        var activity = await ProtocolJson.DeserializeAsync<CjmBot.Protocol.Schema.Activity>(context.Request.Body, context.RequestAborted).ConfigureAwait(false);
        if (await RefusedAsync(context).ConfigureAwait(false))
        {
            return;
        }

        _calls.Enqueue(new ConnectorCall(arrived, HttpMethods.Put, conversationId, activityId, MapLanes.AnswersShown(activity), QuestionAnswers: MapLanes.QuestionAnswers(activity)));
        await AnswerAsync(context, StatusCodes.Status200OK, activityId).ConfigureAwait(false);
    }

    /// <summary>Refuses this call when <see cref="Faults"/> says so: 429 with Retry-After, or 503, taking turns.</summary>
    private async Task<bool> RefusedAsync(HttpContext context)
    {
        var attempt = Interlocked.Increment(ref _attempts);
        if (Faults is not { Every: > 0 } faults || attempt % faults.Every != 0)
        {
            return false;
        }

        if (attempt / faults.Every % 2 == 1)
        {
            Interlocked.Increment(ref _refused429);
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(faults.RetryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            Interlocked.Increment(ref _refused503);
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        }

        await context.Response.WriteAsync("{\"error\":{\"code\":\"Throttled\"}}", context.RequestAborted).ConfigureAwait(false);
        return true;
    }

    private static Task AnswerAsync(HttpContext context, int statusCode, string id)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(ProtocolJson.Serialize(new ResourceResponse { Id = id }), context.RequestAborted);
    }
}
