using CjmBot.Protocol.Authentication;
using CjmBot.Protocol.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Xunit;

namespace CjmBot.IntegrationTests.Http;

public sealed class BotFrameworkTokenValidatorTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly TestSigningKey _published = new("published", "msteams");
    private readonly TestSigningKey _unknown = new("unknown", "msteams");

    public void Dispose()
    {
        _published.Dispose();
        _unknown.Dispose();
    }

    [Fact]
    public async Task AuthenticateAsync_UnknownKeyStillUnknownAfterRefresh_RefreshesOnceAndRejects()
    {
        var manager = new CountingConfigurationManager(new FakeOpenIdDocumentRetriever(_published));
        var validator = CreateValidator(manager);

        var result = await validator.AuthenticateAsync("Bearer " + _unknown.CreateToken(Spec()), Activity(), CancellationToken.None);

        Assert.Equal(BotAuthenticationStatus.Unauthorized, result.Status);
        Assert.Equal(1, manager.Refreshes);
    }

    [Fact]
    public async Task AuthenticateAsync_KnownKey_DoesNotRefresh()
    {
        var manager = new CountingConfigurationManager(new FakeOpenIdDocumentRetriever(_published));
        var validator = CreateValidator(manager);

        var result = await validator.AuthenticateAsync("Bearer " + _published.CreateToken(Spec()), Activity(), CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal(0, manager.Refreshes);
        Assert.NotNull(result.Identity);
    }

    [Fact]
    public async Task AuthenticateAsync_MetadataUnavailable_FailsClosedAsUnavailable()
    {
        var manager = new CountingConfigurationManager(new FailingRetriever());
        var validator = CreateValidator(manager);

        var result = await validator.AuthenticateAsync("Bearer " + _published.CreateToken(Spec()), Activity(), CancellationToken.None);

        Assert.Equal(BotAuthenticationStatus.Unavailable, result.Status);
    }

    [Fact]
    public async Task AuthenticateAsync_ActivityWithoutChannelId_EndorsementNotRequired()
    {
        using var skypeOnly = new TestSigningKey("skype", "skype");
        var validator = CreateValidator(new CountingConfigurationManager(new FakeOpenIdDocumentRetriever(skypeOnly)));
        var activity = Activity();
        activity.ChannelId = null;

        var result = await validator.AuthenticateAsync("Bearer " + skypeOnly.CreateToken(Spec()), activity, CancellationToken.None);

        Assert.True(result.Succeeded);
    }

    private BotFrameworkTokenValidator CreateValidator(IConfigurationManager<OpenIdConnectConfiguration> manager) => new(
        manager,
        Options.Create(new BotOptions { AppId = MessagesEndpointTests.AppId }),
        _time,
        NullLogger<BotFrameworkTokenValidator>.Instance);

    private TokenSpec Spec()
    {
        var now = _time.GetUtcNow();
        return new TokenSpec(BotFrameworkTokenValidator.Issuer, MessagesEndpointTests.AppId, MessagesEndpointTests.ServiceUrl, now.AddMinutes(-1), now.AddHours(1));
    }

    private static Activity Activity() => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "msteams",
        ServiceUrl = MessagesEndpointTests.ServiceUrl,
    };

    /// <summary>Loads the documents on every call, and counts how often the validator asked for a refresh.</summary>
    private sealed class CountingConfigurationManager(IDocumentRetriever retriever) : IConfigurationManager<OpenIdConnectConfiguration>
    {
        public int Refreshes { get; private set; }

        public Task<OpenIdConnectConfiguration> GetConfigurationAsync(CancellationToken cancel) =>
            OpenIdConnectConfigurationRetriever.GetAsync(FakeOpenIdDocumentRetriever.MetadataUrl, retriever, cancel);

        public void RequestRefresh() => Refreshes++;
    }

    private sealed class FailingRetriever : IDocumentRetriever
    {
        public Task<string> GetDocumentAsync(string address, CancellationToken cancel) =>
            throw new HttpRequestException("login.botframework.com is unreachable");
    }
}
