using System.Net;
using CjmBot.Web.Hosting;
using Xunit;

namespace CjmBot.UnitTests.Deployment;

public sealed class HealthProbeTests
{
    [Theory]
    [InlineData(null, "http://127.0.0.1:8080/healthz")]
    [InlineData("", "http://127.0.0.1:8080/healthz")]
    [InlineData("5000", "http://127.0.0.1:5000/healthz")]
    [InlineData("5000;6000", "http://127.0.0.1:5000/healthz")]
    [InlineData("not-a-port", "http://127.0.0.1:8080/healthz")]
    public void TargetFor_HttpPorts_ProbesTheFirstPortOnLoopback(string? httpPorts, string expected)
    {
        Assert.Equal(new Uri(expected), HealthProbe.TargetFor(httpPorts));
    }

    [Theory]
    [InlineData(HttpStatusCode.OK, 0)]
    [InlineData(HttpStatusCode.ServiceUnavailable, 1)]
    public async Task Run_Status_ExitCode(HttpStatusCode status, int expected)
    {
        using var handler = new Answer(() => new HttpResponseMessage(status) { Content = new StringContent("body") });
        using var output = new StringWriter();

        var exit = await HealthProbe.RunAsync(HealthProbe.TargetFor(null), handler, output);

        Assert.Equal(expected, exit);
        Assert.Equal($"{(int)status} body", output.ToString().Trim());
        Assert.Equal(new Uri("http://127.0.0.1:8080/healthz"), handler.Asked);
    }

    [Fact]
    public async Task Run_NothingListening_Returns1()
    {
        using var handler = new Answer(() => throw new HttpRequestException("connection refused"));
        using var output = new StringWriter();

        var exit = await HealthProbe.RunAsync(HealthProbe.TargetFor(null), handler, output);

        Assert.Equal(1, exit);
        Assert.StartsWith("unreachable: connection refused", output.ToString(), StringComparison.Ordinal);
    }

    private sealed class Answer(Func<HttpResponseMessage> answer) : HttpMessageHandler
    {
        public Uri? Asked { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Asked = request.RequestUri;
            return Task.FromResult(answer());
        }
    }
}
