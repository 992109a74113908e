using CjmBot.Web.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Xunit;

namespace CjmBot.UnitTests.Telemetry;

public sealed class TelemetryExtensionsTests
{
    [Fact]
    public void AddCjmBotTelemetry_OtlpEndpointSet_RegistersTracerAndMeterProviders()
    {
        var services = Register(new() { [TelemetryExtensions.OtlpEndpointKey] = "http://otel-collector:4317" });

        // Descriptors only: building the providers would attach process-wide listeners to other tests' turns.
        Assert.Contains(services, descriptor => descriptor.ServiceType == typeof(TracerProvider));
        Assert.Contains(services, descriptor => descriptor.ServiceType == typeof(MeterProvider));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void AddCjmBotTelemetry_NoOtlpEndpoint_RegistersNothing(string? endpoint)
    {
        var services = Register(new() { [TelemetryExtensions.OtlpEndpointKey] = endpoint });

        Assert.Empty(services);
    }

    private static ServiceCollection Register(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddCjmBotTelemetry(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services;
    }
}
