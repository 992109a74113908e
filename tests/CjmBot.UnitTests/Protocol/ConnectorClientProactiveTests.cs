using System.Net;
using CjmBot.Protocol.Connector;
using CjmBot.Protocol.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace CjmBot.UnitTests.Protocol;

/// <summary>Proactive personal chats as asynchronous invitations use them: refusals Teams gives when the app is not installed.</summary>
public sealed class ConnectorClientProactiveTests : IDisposable
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    private readonly ScriptedHttpHandler _handler = new();
    private readonly HttpClient _httpClient;
    private readonly ConnectorClient _client;

    public ConnectorClientProactiveTests()
    {
        _httpClient = new HttpClient(_handler);
        _client = new ConnectorClient(_httpClient, NullLogger<ConnectorClient>.Instance);
    }

    public void Dispose() => _httpClient.Dispose();

    [Theory]
    [InlineData(HttpStatusCode.Forbidden, "Forbidden", "The bot is not installed in the user's personal scope")]
    [InlineData(HttpStatusCode.NotFound, "NotFound", "User not found")]
    public async Task CreateConversationAsync_AppNotInstalledForTheUser_ThrowsWithStatusAndErrorCode(HttpStatusCode status, string code, string message)
    {
        _handler.Then(status, $$$"""{"error":{"code":"{{{code}}}","message":"{{{message}}}"}}""");

        var exception = await Assert.ThrowsAsync<ConnectorException>(() => _client.CreateConversationAsync(ServiceUrl, new ConversationParameters
        {
            Bot = new ChannelAccount { Id = "28:bot" },
            Members = [new ChannelAccount { Id = "29:not-installed" }],
            TenantId = "tenant-1",
        }, CancellationToken.None));

        Assert.Equal(status, exception.StatusCode);
        Assert.Equal(code, exception.ErrorCode);
        Assert.Equal(message, exception.ErrorMessage);
    }

    [Fact]
    public async Task GetPagedMembersAsync_ContinuationTokenOfTheLastPage_IsAbsent()
    {
        _handler.Then(HttpStatusCode.OK, """{"members":[{"id":"29:a","name":"A","objectId":"o-a"}]}""");

        var page = await _client.GetPagedMembersAsync(ServiceUrl, "19:x@thread.tacv2", pageSize: null, "page-2", CancellationToken.None);

        Assert.Null(page.ContinuationToken);
        Assert.Equal("o-a", Assert.Single(page.Members).ObjectId);
        Assert.EndsWith("pagedmembers?continuationToken=page-2", Assert.Single(_handler.Requests).Uri.AbsoluteUri, StringComparison.Ordinal);
    }
}
