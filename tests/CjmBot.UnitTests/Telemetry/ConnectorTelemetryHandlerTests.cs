using System.Diagnostics.Metrics;
using System.Net;
using CjmBot.Protocol.Connector;
using CjmBot.Protocol.Telemetry;
using CjmBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace CjmBot.UnitTests.Telemetry;

public sealed class ConnectorTelemetryHandlerTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly MetricRecorder _metrics;
    private readonly ProtocolTelemetry _telemetry;

    public ConnectorTelemetryHandlerTests()
    {
        var factory = _services.GetRequiredService<IMeterFactory>();
        _metrics = new MetricRecorder(factory);
        _telemetry = new ProtocolTelemetry(factory);
    }

    public void Dispose()
    {
        _metrics.Dispose();
        _services.Dispose();
    }

    [Fact]
    public async Task Send_ThrottledThenAccepted_CountsEachAttemptByStatus()
    {
        var time = new FakeTimeProvider();
        var retry = new ConnectorRetryHandler(
            Options.Create(new ConnectorClientOptions { MaxRetries = 3, BaseRetryDelay = TimeSpan.Zero }),
            time,
            NullLogger<ConnectorRetryHandler>.Instance)
        {
            InnerHandler = new ConnectorTelemetryHandler(_telemetry) { InnerHandler = new Answers(HttpStatusCode.TooManyRequests, HttpStatusCode.OK) },
        };
        using var invoker = new HttpMessageInvoker(retry);
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://smba.trafficmanager.net/emea/v3/conversations/a/activities");

        using var response = await invoker.SendAsync(request, CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, _metrics.Sum("cjmbot.connector.requests", ProtocolTelemetry.StatusCodeTag, 429));
        Assert.Equal(1, _metrics.Sum("cjmbot.connector.requests", ProtocolTelemetry.StatusCodeTag, 200));
    }

    [Fact]
    public async Task Send_NetworkFailure_CountsStatusZeroWithErrorType()
    {
        using var invoker = new HttpMessageInvoker(new ConnectorTelemetryHandler(_telemetry) { InnerHandler = new Answers() });
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://smba.trafficmanager.net/emea/v3/conversations/a/activities");

        await Assert.ThrowsAsync<HttpRequestException>(() => invoker.SendAsync(request, CancellationToken.None));

        var failure = Assert.Single(_metrics.Of("cjmbot.connector.requests"));
        Assert.Equal(0, failure.Tags[ProtocolTelemetry.StatusCodeTag]);
        Assert.Equal(nameof(HttpRequestException), failure.Tags[ProtocolTelemetry.ErrorTypeTag]);
    }

    /// <summary>Answers with the given statuses in order; throws a network error when they run out.</summary>
    private sealed class Answers(params HttpStatusCode[] statuses) : HttpMessageHandler
    {
        private int _next;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            _next < statuses.Length
                ? Task.FromResult(new HttpResponseMessage(statuses[_next++]))
                : throw new HttpRequestException("connection refused");
    }
}
