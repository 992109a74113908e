using System.Threading.RateLimiting;
using CjmBot.Web.Hosting;
using Microsoft.Extensions.Options;

namespace CjmBot.Web.Endpoints;

/// <summary>
/// Bounds the export work of one instance: <see cref="DownloadLimitOptions.MaxConcurrentDownloads"/> files are
/// written at a time, up to <see cref="DownloadLimitOptions.MaxQueuedDownloads"/> more wait in arrival order, and any
/// beyond are refused at once (the endpoint answers 503 with <c>Retry-After</c>).
/// </summary>
public sealed class DownloadGate : IDisposable
{
    /// <summary>What a refused download is told to wait before trying again.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    private readonly ConcurrencyLimiter _limiter;

    public DownloadGate(IOptions<DownloadLimitOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = options.Value.MaxConcurrentDownloads,
            QueueLimit = options.Value.MaxQueuedDownloads,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>A lease to write one file (dispose it when the file is sent), or a lease that is not acquired when the queue is full.</summary>
    public ValueTask<RateLimitLease> EnterAsync(CancellationToken cancellationToken) => _limiter.AcquireAsync(1, cancellationToken);

    public void Dispose() => _limiter.Dispose();
}
