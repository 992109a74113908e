using System.Net;
using CjmBot.Storage;
using CjmBot.Web.Endpoints;
using CjmBot.Web.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace CjmBot.IntegrationTests.Http;

public sealed class HealthEndpointTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly List<IDisposable> _disposables = [];

    public void Dispose()
    {
        foreach (var disposable in _disposables)
        {
            disposable.Dispose();
        }
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/healthz/live")]
    public async Task Get_StorageReachable_Returns200Ok(string path)
    {
        using var client = CreateClient(new CountingProbe());

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task GetReady_StorageUnreachable_Returns503WithReason()
    {
        using var client = CreateClient(new CountingProbe { Failure = new HttpRequestException("connection refused") });

        using var response = await client.GetAsync(HealthEndpoint.Route);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("unhealthy; storage: storage unreachable: HttpRequestException", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GetLive_StorageUnreachable_Returns200WithoutProbing()
    {
        var probe = new CountingProbe { Failure = new HttpRequestException("connection refused") };
        using var client = CreateClient(probe);

        using var response = await client.GetAsync(HealthEndpoint.LiveRoute);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, probe.Calls);
    }

    [Fact]
    public async Task Check_WithinCacheDuration_ProbesStorageOnce()
    {
        var probe = new CountingProbe();
        var check = CreateCheck(probe);

        var first = await check.CheckHealthAsync(new HealthCheckContext());
        _time.Advance(TimeSpan.FromSeconds(4));
        var second = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Healthy, first.Status);
        Assert.Equal(HealthStatus.Healthy, second.Status);
        Assert.Equal(1, probe.Calls);
    }

    [Fact]
    public async Task Check_AfterCacheDuration_ProbesAgainAndSeesTheChange()
    {
        var probe = new CountingProbe();
        var check = CreateCheck(probe);

        await check.CheckHealthAsync(new HealthCheckContext());
        probe.Failure = new InvalidOperationException("storage gone");
        _time.Advance(TimeSpan.FromSeconds(5));
        var second = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, second.Status);
        Assert.Equal(2, probe.Calls);
    }

    [Fact]
    public async Task Check_ProbeSlowerThanTimeout_IsUnhealthy()
    {
        var probe = new CountingProbe { Hang = true };
        var check = CreateCheck(probe);

        var pending = check.CheckHealthAsync(new HealthCheckContext());
        Assert.False(pending.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(2));
        var result = await pending;

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal("storage did not answer within 2 s", result.Description);
    }

    [Fact]
    public async Task Check_ConcurrentCallers_ShareOneProbe()
    {
        var probe = new CountingProbe { Hang = true };
        var check = CreateCheck(probe);

        var first = check.CheckHealthAsync(new HealthCheckContext());
        var second = check.CheckHealthAsync(new HealthCheckContext());
        _time.Advance(TimeSpan.FromSeconds(2));
        await Task.WhenAll(first, second);

        Assert.Equal(1, probe.Calls);
    }

    private StorageHealthCheck CreateCheck(IStorageHealthProbe probe) =>
        new(probe, Options.Create(new HealthOptions()), _time, NullLogger<StorageHealthCheck>.Instance);

    private HttpClient CreateClient(IStorageHealthProbe probe)
    {
        var factory = new BotHostFactory("Development", new Dictionary<string, string?>(), new RecordingBot(), _time, new FakeOpenIdDocumentRetriever());
        _disposables.Add(factory);
        var withProbe = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IStorageHealthProbe>();
            services.AddSingleton(probe);
        }));
        _disposables.Add(withProbe);
        return withProbe.CreateClient();
    }

    private sealed class CountingProbe : IStorageHealthProbe
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public Exception? Failure { get; set; }

        public bool Hang { get; init; }

        public async Task ProbeAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            if (Hang)
            {
                // Answers only when cancelled, as a storage call that never returns would.
                var never = new TaskCompletionSource();
                using (cancellationToken.Register(() => never.TrySetCanceled(cancellationToken)))
                {
                    await never.Task;
                }
            }

            if (Failure is not null)
            {
                throw Failure;
            }
        }
    }
}
