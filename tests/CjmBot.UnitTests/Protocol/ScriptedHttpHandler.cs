using System.Net;
using System.Threading.Channels;

namespace CjmBot.UnitTests.Protocol;

/// <summary>
/// The innermost handler of a test pipeline: answers with scripted responses in order (the last one
/// repeats) and records what was sent, including the body as it was on each attempt.
/// </summary>
internal sealed class ScriptedHttpHandler(TimeProvider? timeProvider = null) : HttpMessageHandler
{
    private readonly Queue<Func<HttpResponseMessage>> _script = new();
    private readonly Channel<RecordedRequest> _arrivals = Channel.CreateUnbounded<RecordedRequest>();
    private Func<HttpResponseMessage>? _last;

    public List<RecordedRequest> Requests { get; } = [];

    public ScriptedHttpHandler Then(HttpStatusCode status, string? body = null, Action<HttpResponseMessage>? configure = null)
    {
        _script.Enqueue(() =>
        {
            var response = new HttpResponseMessage(status);
            if (body is not null)
            {
                response.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
            }

            configure?.Invoke(response);
            return response;
        });
        return this;
    }

    /// <summary>Waits (bounded) until request number <paramref name="count"/> (1-based) has arrived.</summary>
    public async Task WaitForRequestsAsync(int count)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (Requests.Count < count)
        {
            await _arrivals.Reader.ReadAsync(guard.Token);
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(
            request.Method,
            request.RequestUri!,
            body,
            request.Headers.Authorization?.ToString(),
            request.Content?.Headers.ContentType?.MediaType,
            timeProvider?.GetUtcNow());
        lock (Requests)
        {
            Requests.Add(recorded);
        }

        _last = _script.Count > 0 ? _script.Dequeue() : _last ?? throw new InvalidOperationException("Nothing scripted.");
        await _arrivals.Writer.WriteAsync(recorded, cancellationToken);
        return _last();
    }
}

internal sealed record RecordedRequest(
    HttpMethod Method, Uri Uri, string? Body, string? Authorization, string? ContentType, DateTimeOffset? At);
