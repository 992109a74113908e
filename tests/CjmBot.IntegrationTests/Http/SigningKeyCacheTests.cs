using CjmBot.Protocol.Authentication;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace CjmBot.IntegrationTests.Http;

public sealed class SigningKeyCacheTests : IDisposable
{
    private readonly TestSigningKey _key = new("key-1", "msteams");
    private readonly TestSigningKey _rotated = new("key-2", "msteams");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task GetConfiguration_Repeatedly_DownloadsOnceUntilTwelveHoursPass()
    {
        var keys = new FakeOpenIdDocumentRetriever(_key);
        var cache = new SigningKeyCache(FakeOpenIdDocumentRetriever.MetadataUrl, keys, _time);

        await cache.GetConfigurationAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromHours(11.9));
        await cache.GetConfigurationAsync(CancellationToken.None);
        Assert.Equal(1, keys.KeyFetches);

        _time.Advance(TimeSpan.FromHours(0.2));
        await cache.GetConfigurationAsync(CancellationToken.None);
        Assert.Equal(2, keys.KeyFetches);
    }

    [Fact]
    public async Task RequestRefresh_DownloadsBeforeTheNextValidation_AtMostOncePerFiveMinutes()
    {
        var keys = new FakeOpenIdDocumentRetriever(_key);
        var cache = new SigningKeyCache(FakeOpenIdDocumentRetriever.MetadataUrl, keys, _time);
        await cache.GetConfigurationAsync(CancellationToken.None);

        keys.Publish(_key, _rotated);
        cache.RequestRefresh();
        var refreshed = await cache.GetConfigurationAsync(CancellationToken.None);
        Assert.Contains(refreshed.SigningKeys, key => key.KeyId == "key-2");

        cache.RequestRefresh();
        await cache.GetConfigurationAsync(CancellationToken.None);
        Assert.Equal(2, keys.KeyFetches);

        _time.Advance(SigningKeyCache.MinimumForcedRefreshInterval);
        cache.RequestRefresh();
        await cache.GetConfigurationAsync(CancellationToken.None);
        Assert.Equal(3, keys.KeyFetches);
    }

    [Fact]
    public async Task Download_FailsAfterAGoodOne_KeepsTheLastGoodKeysAndRetriesAMinuteLater()
    {
        var keys = new SwitchableRetriever(new FakeOpenIdDocumentRetriever(_key));
        var cache = new SigningKeyCache(FakeOpenIdDocumentRetriever.MetadataUrl, keys, _time);
        var good = await cache.GetConfigurationAsync(CancellationToken.None);

        keys.Failing = true;
        _time.Advance(TimeSpan.FromHours(13));
        Assert.Same(good, await cache.GetConfigurationAsync(CancellationToken.None));

        keys.Failing = false;
        Assert.Same(good, await cache.GetConfigurationAsync(CancellationToken.None));
        _time.Advance(SigningKeyCache.RetryAfterFailure);
        Assert.NotSame(good, await cache.GetConfigurationAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Download_FailsWithNoKeysYet_Throws()
    {
        var keys = new SwitchableRetriever(new FakeOpenIdDocumentRetriever(_key)) { Failing = true };
        var cache = new SigningKeyCache(FakeOpenIdDocumentRetriever.MetadataUrl, keys, _time);

        await Assert.ThrowsAnyAsync<Exception>(() => cache.GetConfigurationAsync(CancellationToken.None));
    }

    public void Dispose()
    {
        _key.Dispose();
        _rotated.Dispose();
    }
}

internal sealed class SwitchableRetriever(Microsoft.IdentityModel.Protocols.IDocumentRetriever inner) : Microsoft.IdentityModel.Protocols.IDocumentRetriever
{
    public bool Failing { get; set; }

    public int Calls { get; private set; }

    public Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        Calls++;
        return Failing ? throw new HttpRequestException("The metadata endpoint is down.") : inner.GetDocumentAsync(address, cancel);
    }
}
