using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace CjmBot.IntegrationTests.Http;

public sealed class HostStartupTests
{
    [Fact]
    public void Start_DisableAuthenticationInProduction_HostRefusesToStart()
    {
        var exception = StartAndCatch("Production", new Dictionary<string, string?> { ["Bot:DisableAuthentication"] = "true" });

        Assert.Contains("DisableAuthentication", exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_ProductionWithoutAppId_HostRefusesToStart()
    {
        var settings = MessagesEndpointTests.AuthOn();
        settings["Bot:AppId"] = "";

        var exception = StartAndCatch("Production", settings);

        Assert.Contains("AppId", exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_ManagedIdentityWithPassword_HostRefusesToStart()
    {
        var settings = MessagesEndpointTests.AuthOn();
        settings["Bot:AppType"] = "UserAssignedMSI";

        var exception = StartAndCatch("Production", settings);

        Assert.Contains("AppPassword", exception.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_ConnectorRetriesOutOfRange_HostRefusesToStart()
    {
        var settings = MessagesEndpointTests.AuthOn();
        settings["ConnectorClient:MaxRetries"] = "50";

        var exception = StartAndCatch("Production", settings);

        Assert.Contains("MaxRetries", exception.ToString(), StringComparison.Ordinal);
    }

    private static Exception StartAndCatch(string environment, Dictionary<string, string?> settings)
    {
        using var factory = new BotHostFactory(environment, settings, new RecordingBot(), new FakeTimeProvider(), new FakeOpenIdDocumentRetriever());
        return Assert.ThrowsAny<Exception>(() => factory.CreateClient().Dispose());
    }
}
