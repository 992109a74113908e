using CjmBot.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace CjmBot.IntegrationTests.Http;

public sealed class HostStartupTests
{
    [Fact]
    public void Start_DisableAuthenticationInProduction_HostRefusesToStart()
    {
        var exception = StartAndCatch("Production", new Dictionary<string, string?> { ["Bot:DisableAuthentication"] = "true" });

        Assert.True(exception.ToString().Contains("DisableAuthentication", StringComparison.Ordinal), "The start-up failure should name DisableAuthentication:\n" + exception);
    }

    [Fact]
    public void Start_ProductionWithoutAppId_HostRefusesToStart()
    {
        var settings = MessagesEndpointTests.AuthOn();
        settings["Bot:AppId"] = "";

        var exception = StartAndCatch("Production", settings);

        Assert.True(exception.ToString().Contains("AppId", StringComparison.Ordinal), "The start-up failure should name AppId:\n" + exception);
    }

    [Fact]
    public void Start_ManagedIdentityWithPassword_HostRefusesToStart()
    {
        var settings = MessagesEndpointTests.AuthOn();
        settings["Bot:AppType"] = "UserAssignedMSI";

        var exception = StartAndCatch("Production", settings);

        Assert.True(exception.ToString().Contains("AppPassword", StringComparison.Ordinal), "The start-up failure should name AppPassword:\n" + exception);
    }

    [Fact]
    public void Start_ConnectorRetriesOutOfRange_HostRefusesToStart()
    {
        var settings = MessagesEndpointTests.AuthOn();
        settings["ConnectorClient:MaxRetries"] = "50";

        var exception = StartAndCatch("Production", settings);

        Assert.True(exception.ToString().Contains("MaxRetries", StringComparison.Ordinal), "The start-up failure should name MaxRetries:\n" + exception);
    }

    [Theory]
    [InlineData("Exports:SigningKey", "", "SigningKey")]
    [InlineData("Exports:SigningKey", "c2hvcnQ=", "at least 32 bytes")]
    [InlineData("Exports:PublicBaseUrl", "", "PublicBaseUrl")]
    [InlineData("Exports:LinkLifetime", "90.00:00:00", "LinkLifetime")]
    public void Start_BadExportSetting_HostRefusesToStart(string key, string value, string named)
    {
        var settings = MessagesEndpointTests.AuthOn();
        settings[key] = value;

        var exception = StartAndCatch("Production", settings);

        Assert.True(exception.ToString().Contains(named, StringComparison.Ordinal), $"The start-up failure should name {named}:\n" + exception);
    }

    /// <summary>
    /// Starts the host as Program.cs wires it (AddCjmBotHost) on an in-memory server. Not through
    /// WebApplicationFactory: when a minimal-hosting app fails to start, its deferred host races the factory and
    /// the failure can surface as an ObjectDisposedException instead of the reason.
    /// </summary>
    private static Exception StartAndCatch(string environment, Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Provider"] = "Memory" });
        builder.Configuration.AddInMemoryCollection(CjmBot.Testing.BotTestHost.ExportSettings);
        builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseTestServer();
        builder.Services.AddCjmBotHost();
        var app = builder.Build();
        app.MapCjmBotEndpoints();
        var exception = Assert.ThrowsAny<Exception>(() => app.StartAsync().GetAwaiter().GetResult());
        ((IDisposable)app).Dispose();
        return exception;
    }
}
