using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CjmBot.Protocol.Authentication;

/// <summary>
/// The Bot Framework's OpenID metadata and signing keys, fetched on first use, kept for 12 hours (Microsoft
/// asks for at least a daily refresh) and fetched again, before the next validation, when a token names a key
/// we do not have — at most once per 5 minutes, so forged key ids cannot make us hammer the endpoint.
/// Written here rather than taken from IdentityModel's ConfigurationManager, whose refresh after
/// <c>RequestRefresh()</c> runs in the background by default: the retry that follows an unknown key would
/// then race the download.
/// </summary>
public sealed class SigningKeyCache(string metadataUrl, IDocumentRetriever documentRetriever, TimeProvider time)
    : IConfigurationManager<OpenIdConnectConfiguration>
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromHours(12);
    public static readonly TimeSpan MinimumForcedRefreshInterval = TimeSpan.FromMinutes(5);

    /// <summary>After a failed download the last good keys are kept and the download retried this much later.</summary>
    public static readonly TimeSpan RetryAfterFailure = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _download = new(1, 1);
    private readonly Lock _gate = new();
    private OpenIdConnectConfiguration? _current;
    private DateTimeOffset _refreshAt;
    private DateTimeOffset? _lastForcedRefresh;

    public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(CancellationToken cancel)
    {
        if (Fresh() is { } cached)
        {
            return cached;
        }

        await _download.WaitAsync(cancel).ConfigureAwait(false);
        try
        {
            if (Fresh() is { } downloadedMeanwhile)
            {
                return downloadedMeanwhile;
            }

            try
            {
                var configuration = await OpenIdConnectConfigurationRetriever.GetAsync(metadataUrl, documentRetriever, cancel).ConfigureAwait(false);
                lock (_gate)
                {
                    _current = configuration;
                    _refreshAt = time.GetUtcNow() + RefreshInterval;
                }

                return configuration;
            }
            catch (Exception) when (_current is not null && !cancel.IsCancellationRequested)
            {
                lock (_gate)
                {
                    _refreshAt = time.GetUtcNow() + RetryAfterFailure;
                    return _current;
                }
            }
        }
        finally
        {
            _download.Release();
        }
    }

    /// <summary>Makes the next <see cref="GetConfigurationAsync"/> download again (at most once per 5 minutes).</summary>
    public void RequestRefresh()
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (_lastForcedRefresh is { } last && now - last < MinimumForcedRefreshInterval)
            {
                return;
            }

            _lastForcedRefresh = now;
            _refreshAt = now;
        }
    }

    private OpenIdConnectConfiguration? Fresh()
    {
        lock (_gate)
        {
            return _current is not null && time.GetUtcNow() < _refreshAt ? _current : null;
        }
    }
}
