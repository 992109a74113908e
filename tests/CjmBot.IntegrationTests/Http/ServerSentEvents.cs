using System.Text;

namespace CjmBot.IntegrationTests.Http;

/// <summary>One Server-Sent Event as the browser's EventSource would dispatch it (comments kept, for heartbeats).</summary>
internal sealed record ServerSentEvent(string Event, string? Id, string Data, bool IsComment = false);

/// <summary>Reads an event stream as it arrives, one event at a time (text/event-stream, LF line ends).</summary>
internal sealed class ServerSentEvents(Stream stream) : IDisposable
{
    private readonly StreamReader _reader = new(stream, Encoding.UTF8);
    private Task<string?>? _pendingLine;

    /// <summary>The next event or comment, or null when the stream ended; throws <see cref="TimeoutException"/> when none comes in time.</summary>
    public async Task<ServerSentEvent?> NextAsync(TimeSpan timeout)
    {
        var name = "message";
        string? id = null;
        var data = new StringBuilder();
        var started = false;
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            _pendingLine ??= _reader.ReadLineAsync();
            var line = await _pendingLine.WaitAsync(deadline.Token).ConfigureAwait(false);
            _pendingLine = null;
            if (line is null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                if (started)
                {
                    return new ServerSentEvent(name, id, data.ToString());
                }

                continue;
            }

            if (line.StartsWith(':'))
            {
                return new ServerSentEvent("", null, line[1..].Trim(), IsComment: true);
            }

            started = true;
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var field = colon < 0 ? line : line[..colon];
            var value = colon < 0 ? "" : line[(colon + 1)..].TrimStart(' ');
            switch (field)
            {
                case "event":
                    name = value;
                    break;
                case "id":
                    id = value;
                    break;
                case "data":
                    data.Append(data.Length > 0 ? "\n" : "").Append(value);
                    break;
            }
        }
    }

    public void Dispose() => _reader.Dispose();
}
