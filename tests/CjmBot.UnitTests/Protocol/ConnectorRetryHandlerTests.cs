using System.ComponentModel.DataAnnotations;
using System.Net;
using System.Net.Http.Headers;
using CjmBot.Protocol.Connector;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;

namespace CjmBot.UnitTests.Protocol;

public sealed class ConnectorRetryHandlerTests : IDisposable
{
    private const string Body = """{"type":"message","text":"hello"}""";

    private readonly RecordingTimeProvider _time = new();
    private readonly ScriptedHttpHandler _inner;
    private readonly HttpMessageInvoker _invoker;
    private readonly ConnectorClientOptions _options = new();

    public ConnectorRetryHandlerTests()
    {
        _inner = new ScriptedHttpHandler(_time);
        _invoker = new HttpMessageInvoker(new ConnectorRetryHandler(
            Options.Create(_options), _time, NullLogger<ConnectorRetryHandler>.Instance) { InnerHandler = _inner });
    }

    public void Dispose() => _invoker.Dispose();

    [Fact]
    public async Task SendAsync_429WithRetryAfterTwoSeconds_WaitsExactlyTwoSecondsThenSucceeds()
    {
        _inner.Then(HttpStatusCode.TooManyRequests, configure: r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(2)))
            .Then(HttpStatusCode.Created, """{"id":"1"}""");
        var start = _time.GetUtcNow();

        var sending = _invoker.SendAsync(NewRequest(), CancellationToken.None);
        Assert.Equal(TimeSpan.FromSeconds(2), await _time.NextTimerAsync());
        _time.Advance(TimeSpan.FromMilliseconds(1999));
        Assert.Single(_inner.Requests);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        using var response = await sending.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(2, _inner.Requests.Count);
        Assert.Equal(start + TimeSpan.FromSeconds(2), _inner.Requests[1].At);
        Assert.Equal(Body, _inner.Requests[1].Body);
    }

    [Fact]
    public async Task SendAsync_RetryAfterAsHttpDate_WaitsUntilThatDate()
    {
        var until = _time.GetUtcNow() + TimeSpan.FromSeconds(5);
        _inner.Then(HttpStatusCode.TooManyRequests, configure: r => r.Headers.RetryAfter = new RetryConditionHeaderValue(until))
            .Then(HttpStatusCode.OK);

        var sending = _invoker.SendAsync(NewRequest(), CancellationToken.None);
        Assert.Equal(TimeSpan.FromSeconds(5), await _time.NextTimerAsync());
        _time.Advance(TimeSpan.FromSeconds(5));
        using var response = await sending.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task SendAsync_TransientStatusWithoutRetryAfter_RetriedAfterJitteredBackOff(HttpStatusCode status)
    {
        _inner.Then(status).Then(HttpStatusCode.OK);

        var sending = _invoker.SendAsync(NewRequest(), CancellationToken.None);
        var delay = await _time.NextTimerAsync();
        Assert.InRange(delay, TimeSpan.FromMilliseconds(800), TimeSpan.FromMilliseconds(1200));
        _time.Advance(delay);
        using var response = await sending.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, _inner.Requests.Count);
        Assert.Equal(Body, _inner.Requests[1].Body);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge)]
    [InlineData(HttpStatusCode.InternalServerError)]
    public async Task SendAsync_NonTransientStatus_NotRetried(HttpStatusCode status)
    {
        _inner.Then(status, configure: r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(1)))
            .Then(HttpStatusCode.OK);

        using var response = await _invoker.SendAsync(NewRequest(), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(status, response.StatusCode);
        Assert.Single(_inner.Requests);
    }

    [Fact]
    public async Task SendAsync_StillFailingAfterMaxRetries_ReturnsLastResponse()
    {
        _options.MaxRetries = 2;
        _inner.Then(HttpStatusCode.ServiceUnavailable, "first")
            .Then(HttpStatusCode.ServiceUnavailable, "second")
            .Then(HttpStatusCode.ServiceUnavailable, "third")
            .Then(HttpStatusCode.OK, "never");

        var sending = _invoker.SendAsync(NewRequest(), CancellationToken.None);
        for (var retry = 0; retry < 2; retry++)
        {
            _time.Advance(await _time.NextTimerAsync());
        }

        using var response = await sending.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("third", await response.Content.ReadAsStringAsync());
        Assert.Equal(3, _inner.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_RetryAfterLongerThanCap_WaitsOnlyTheCap()
    {
        _inner.Then(HttpStatusCode.TooManyRequests, configure: r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(120)))
            .Then(HttpStatusCode.OK);

        var sending = _invoker.SendAsync(NewRequest(), CancellationToken.None);
        Assert.Equal(TimeSpan.FromSeconds(20), await _time.NextTimerAsync());
        _time.Advance(TimeSpan.FromSeconds(20));
        using var response = await sending.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SendAsync_MaxRetriesZero_ReturnsFirstTransientResponse()
    {
        _options.MaxRetries = 0;
        _inner.Then(HttpStatusCode.TooManyRequests).Then(HttpStatusCode.OK);

        using var response = await _invoker.SendAsync(NewRequest(), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Single(_inner.Requests);
    }

    [Theory]
    [InlineData(0, 0.5, 1000)]
    [InlineData(1, 0.5, 2000)]
    [InlineData(2, 0.5, 4000)]
    [InlineData(0, 0.0, 800)]
    [InlineData(0, 0.999999, 1200)]
    [InlineData(6, 0.5, 20000)]
    public void GetRetryDelay_NoRetryAfter_ExponentialWithJitterCapped(int attempt, double jitter, int expectedMilliseconds)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);

        var delay = ConnectorRetryHandler.GetRetryDelay(response, attempt, new ConnectorClientOptions(), _time.GetUtcNow(), jitter);

        Assert.Equal(expectedMilliseconds, delay.TotalMilliseconds, precision: 0);
    }

    [Fact]
    public void GetRetryDelay_RetryAfterDateInThePast_IsZero()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(_time.GetUtcNow() - TimeSpan.FromSeconds(30));

        var delay = ConnectorRetryHandler.GetRetryDelay(response, 0, new ConnectorClientOptions(), _time.GetUtcNow(), 0.5);

        Assert.Equal(TimeSpan.Zero, delay);
    }

    [Theory]
    [InlineData(-1, 20)]
    [InlineData(11, 20)]
    [InlineData(3, 0)]
    [InlineData(3, 600)]
    public void ConnectorClientOptions_OutOfRange_FailValidation(int maxRetries, int maxDelaySeconds)
    {
        var options = new ConnectorClientOptions { MaxRetries = maxRetries, MaxRetryDelay = TimeSpan.FromSeconds(maxDelaySeconds) };

        Assert.False(Validator.TryValidateObject(options, new ValidationContext(options), null, validateAllProperties: true));
    }

    [Fact]
    public void ConnectorClientOptions_Defaults_AreValid()
    {
        var options = new ConnectorClientOptions();

        Assert.True(Validator.TryValidateObject(options, new ValidationContext(options), null, validateAllProperties: true));
        Assert.Equal(3, options.MaxRetries);
        Assert.Equal(TimeSpan.FromSeconds(20), options.MaxRetryDelay);
    }

    private static HttpRequestMessage NewRequest() => new(HttpMethod.Post, "https://smba.trafficmanager.net/emea/v3/conversations/a/activities")
    {
        Content = new StringContent(Body, System.Text.Encoding.UTF8, "application/json"),
    };
}
