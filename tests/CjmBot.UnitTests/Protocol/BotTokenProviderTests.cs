using System.Net;
using CjmBot.Protocol.Authentication;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace CjmBot.UnitTests.Protocol;

public sealed class BotTokenProviderTests
{
    private const string AppId = "5b0c0f0e-1111-4222-8333-944445555666";
    private const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    [Fact]
    public async Task Create_AuthenticationDisabled_ReturnsProviderWithoutToken()
    {
        var provider = BotTokenProviders.Create(new BotOptions { DisableAuthentication = true, AppId = AppId, AppPassword = "secret" });

        Assert.IsType<NoTokenProvider>(provider);
        Assert.Null(await provider.GetTokenAsync(CancellationToken.None));
    }

    [Fact]
    public void Create_SingleTenant_UsesClientSecretAgainstTheAppsTenant()
    {
        var provider = BotTokenProviders.Create(new BotOptions { AppId = AppId, AppType = BotAppType.SingleTenant, TenantId = TenantId, AppPassword = "secret" });

        var msal = Assert.IsType<MsalClientCredentialsTokenProvider>(provider);
        Assert.Equal($"https://login.microsoftonline.com/{TenantId}", msal.Authority);
    }

    [Fact]
    public void Create_MultiTenant_UsesBotFrameworkTenant()
    {
        var provider = BotTokenProviders.Create(new BotOptions { AppId = AppId, AppType = BotAppType.MultiTenant, AppPassword = "secret" });

        var msal = Assert.IsType<MsalClientCredentialsTokenProvider>(provider);
        Assert.Equal("https://login.microsoftonline.com/botframework.com", msal.Authority);
    }

    [Fact]
    public void Create_UserAssignedManagedIdentity_UsesAppIdAsClientId()
    {
        var provider = BotTokenProviders.Create(new BotOptions { AppId = AppId, AppType = BotAppType.UserAssignedMSI, TenantId = TenantId });

        var managedIdentity = Assert.IsType<ManagedIdentityTokenProvider>(provider);
        Assert.Equal(AppId, managedIdentity.ClientId);
    }

    [Fact]
    public void Scope_IsTheBotFrameworkDefaultScope()
    {
        Assert.Equal("https://api.botframework.com/.default", MsalClientCredentialsTokenProvider.Scope);
        Assert.Equal("https://api.botframework.com", ManagedIdentityTokenProvider.Resource);
    }

    [Fact]
    public async Task BotAuthenticationHandler_NoToken_SendsNoAuthorizationHeader()
    {
        var inner = new ScriptedHttpHandler().Then(HttpStatusCode.OK);
        using var invoker = new HttpMessageInvoker(new BotAuthenticationHandler(new NoTokenProvider(), NullLogger<BotAuthenticationHandler>.Instance) { InnerHandler = inner });

        using var response = await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://smba.trafficmanager.net/emea/v3/x"), CancellationToken.None);

        Assert.Null(Assert.Single(inner.Requests).Authorization);
    }

    [Fact]
    public async Task BotAuthenticationHandler_Token_SendsBearerHeaderOnEveryRequest()
    {
        var tokens = new CountingTokenProvider();
        var inner = new ScriptedHttpHandler().Then(HttpStatusCode.OK);
        using var invoker = new HttpMessageInvoker(new BotAuthenticationHandler(tokens, NullLogger<BotAuthenticationHandler>.Instance) { InnerHandler = inner });

        using var first = await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://smba.trafficmanager.net/emea/v3/x"), CancellationToken.None);
        using var second = await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://smba.trafficmanager.net/emea/v3/x"), CancellationToken.None);

        Assert.Equal(["Bearer token-1", "Bearer token-2"], inner.Requests.Select(r => r.Authorization));
    }

    [Fact]
    public async Task BotAuthenticationHandler_ProviderFails_RequestIsNotSent()
    {
        var inner = new ScriptedHttpHandler().Then(HttpStatusCode.OK);
        using var invoker = new HttpMessageInvoker(new BotAuthenticationHandler(new FailingTokenProvider(), NullLogger<BotAuthenticationHandler>.Instance) { InnerHandler = inner });

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://smba.trafficmanager.net/emea/v3/x"), CancellationToken.None));

        Assert.Empty(inner.Requests);
    }

    private sealed class CountingTokenProvider : IBotTokenProvider
    {
        private int _count;

        public Task<string?> GetTokenAsync(CancellationToken cancellationToken) =>
            Task.FromResult<string?>($"token-{Interlocked.Increment(ref _count)}");
    }

    private sealed class FailingTokenProvider : IBotTokenProvider
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken) =>
            throw new InvalidOperationException("no credentials");
    }
}
