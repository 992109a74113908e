using Stopwatch = System.Diagnostics.Stopwatch;
using System.Net.Http.Headers;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Serialization;

namespace CjmBot.Benchmarks;

/// <summary>The outcome of one <c>POST /api/messages</c>: the turn runs inline, so the response marks its end.</summary>
internal sealed record TurnResult(int StatusCode, TimeSpan Latency, long SentAt, string? Body, string? Failure)
{
    public bool Succeeded => StatusCode is >= 200 and < 300;

    public override string ToString() => Failure ?? $"HTTP {StatusCode} {Body}";
}

/// <summary>Posts activities to the bot as the Teams channel does, timing each turn.</summary>
internal sealed class BotClient(HttpClient http, Uri messagesUri)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    public async Task<TurnResult> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(ProtocolJson.SerializeToUtf8Bytes(activity));
        content.Headers.ContentType = Json;
        var sentAt = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.PostAsync(messagesUri, content, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return new TurnResult((int)response.StatusCode, Stopwatch.GetElapsedTime(sentAt), sentAt, body, null);
        }
        catch (Exception exception) when (exception is HttpRequestException || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new TurnResult(0, Stopwatch.GetElapsedTime(sentAt), sentAt, null, $"{exception.GetType().Name}: {exception.Message}");
        }
    }
}
