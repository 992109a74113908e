using Microsoft.Extensions.Time.Testing;
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

    private static Exception StartAndCatch(string environment, Dictionary<string, string?> settings)
    {
        using var factory = new BotHostFactory(environment, settings, new RecordingBot(), new FakeTimeProvider(), new FakeOpenIdDocumentRetriever());
        return Assert.ThrowsAny<Exception>(() => factory.CreateClient().Dispose());
    }
}
