using System.Net;
using System.Text.Json.Nodes;
using CjmBot.Protocol.Connector;
using CjmBot.Protocol.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace CjmBot.UnitTests.Protocol;

public sealed class ConnectorClientTests : IDisposable
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    private const string ChannelThreadId = "19:abc@thread.tacv2;messageid=17";
    private const string EscapedChannelThreadId = "19%3Aabc%40thread.tacv2%3Bmessageid%3D17";

    private readonly ScriptedHttpHandler _handler = new();
    private readonly HttpClient _httpClient;
    private readonly ConnectorClient _client;

    public ConnectorClientTests()
    {
        _httpClient = new HttpClient(_handler);
        _client = new ConnectorClient(_httpClient, NullLogger<ConnectorClient>.Instance);
    }

    public void Dispose() => _httpClient.Dispose();

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net/emea")]
    public async Task SendToConversationAsync_ServiceUrlWithOrWithoutSlash_JoinsWithOneSlashAndEscapesId(string serviceUrl)
    {
        _handler.Then(HttpStatusCode.Created, """{"id":"1700000000001"}""");

        var response = await _client.SendToConversationAsync(serviceUrl, ChannelThreadId, Message("hello"), CancellationToken.None);

        var request = Assert.Single(_handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal($"https://smba.trafficmanager.net/emea/v3/conversations/{EscapedChannelThreadId}/activities", request.Uri.AbsoluteUri);
        Assert.Equal("1700000000001", response.Id);
    }

    [Fact]
    public async Task SendToConversationAsync_TenantSuffixedServiceUrl_KeepsTheTenantSegment()
    {
        _handler.Then(HttpStatusCode.Created, """{"id":"1"}""");

        await _client.SendToConversationAsync("https://smba.trafficmanager.net/emea/72f988bf-0000-0000-0000-000000000000/", "a:1", Message("x"), CancellationToken.None);

        Assert.Equal(
            "https://smba.trafficmanager.net/emea/72f988bf-0000-0000-0000-000000000000/v3/conversations/a%3A1/activities",
            Assert.Single(_handler.Requests).Uri.AbsoluteUri);
    }

    [Fact]
    public async Task ReplyToActivityAsync_PostsJsonActivityToEscapedActivityPath()
    {
        _handler.Then(HttpStatusCode.Created, """{"id":"2"}""");

        await _client.ReplyToActivityAsync(ServiceUrl, ChannelThreadId, "1:reply;x", Message("Привет"), CancellationToken.None);

        var request = Assert.Single(_handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal($"{ServiceUrl}v3/conversations/{EscapedChannelThreadId}/activities/1%3Areply%3Bx", request.Uri.AbsoluteUri);
        Assert.Equal("application/json", request.ContentType);
        var body = JsonNode.Parse(request.Body!)!;
        Assert.Equal("message", (string?)body["type"]);
        Assert.Equal("Привет", (string?)body["text"]);
    }

    [Fact]
    public async Task UpdateActivityAsync_PutsActivityToActivityPath()
    {
        _handler.Then(HttpStatusCode.OK, """{"id":"1700000000001"}""");

        var response = await _client.UpdateActivityAsync(ServiceUrl, ChannelThreadId, "1700000000001", Message("v2"), CancellationToken.None);

        var request = Assert.Single(_handler.Requests);
        Assert.Equal(HttpMethod.Put, request.Method);
        Assert.Equal($"{ServiceUrl}v3/conversations/{EscapedChannelThreadId}/activities/1700000000001", request.Uri.AbsoluteUri);
        Assert.Equal("v2", (string?)JsonNode.Parse(request.Body!)!["text"]);
        Assert.Equal("1700000000001", response.Id);
    }

    [Fact]
    public async Task DeleteActivityAsync_SendsDeleteWithoutBody()
    {
        _handler.Then(HttpStatusCode.OK);

        await _client.DeleteActivityAsync(ServiceUrl, ChannelThreadId, "1700000000001", CancellationToken.None);

        var request = Assert.Single(_handler.Requests);
        Assert.Equal(HttpMethod.Delete, request.Method);
        Assert.Equal($"{ServiceUrl}v3/conversations/{EscapedChannelThreadId}/activities/1700000000001", request.Uri.AbsoluteUri);
        Assert.Null(request.Body);
    }

    [Fact]
    public async Task CreateConversationAsync_PostsParametersToConversations()
    {
        _handler.Then(HttpStatusCode.Created, """{"id":"a:1qhNew","activityId":"9"}""");
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = "28:bot" },
            Members = [new ChannelAccount { Id = "29:user" }],
            TenantId = "tenant-1",
        };

        var response = await _client.CreateConversationAsync(ServiceUrl, parameters, CancellationToken.None);

        var request = Assert.Single(_handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal($"{ServiceUrl}v3/conversations", request.Uri.AbsoluteUri);
        var body = JsonNode.Parse(request.Body!)!;
        Assert.False((bool)body["isGroup"]!);
        Assert.Equal("28:bot", (string?)body["bot"]!["id"]);
        Assert.Equal("29:user", (string?)body["members"]![0]!["id"]);
        Assert.Equal("tenant-1", (string?)body["tenantId"]);
        Assert.Equal("a:1qhNew", response.Id);
        Assert.Equal("9", response.ActivityId);
    }

    [Fact]
    public async Task GetPagedMembersAsync_SendsPageSizeAndEscapedContinuation_ParsesMembers()
    {
        _handler.Then(HttpStatusCode.OK, """
            {"continuationToken":"next+2","members":[{"id":"29:1","name":"Anna","objectId":"oid-1","userRole":"user"}]}
            """);

        var page = await _client.GetPagedMembersAsync(ServiceUrl, ChannelThreadId, 100, "tok/+=1", CancellationToken.None);

        var request = Assert.Single(_handler.Requests);
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal(
            $"{ServiceUrl}v3/conversations/{EscapedChannelThreadId}/pagedmembers?pageSize=100&continuationToken=tok%2F%2B%3D1",
            request.Uri.AbsoluteUri);
        Assert.Equal("next+2", page.ContinuationToken);
        var member = Assert.Single(page.Members);
        Assert.Equal("29:1", member.Id);
        Assert.Equal("oid-1", member.ObjectId);
    }

    [Fact]
    public async Task GetPagedMembersAsync_NoPagingArguments_SendsNoQuery()
    {
        _handler.Then(HttpStatusCode.OK, """{"members":[]}""");

        var page = await _client.GetPagedMembersAsync(ServiceUrl, "a:1", null, null, CancellationToken.None);

        Assert.Equal($"{ServiceUrl}v3/conversations/a%3A1/pagedmembers", Assert.Single(_handler.Requests).Uri.AbsoluteUri);
        Assert.Empty(page.Members);
    }

    [Fact]
    public async Task SendToConversationAsync_ErrorResponse_ThrowsConnectorExceptionWithDetails()
    {
        _handler.Then(
            HttpStatusCode.Forbidden,
            """{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot."}}""",
            r => r.Headers.Add(ConnectorClient.CorrelationHeader, "op-123"));

        var exception = await Assert.ThrowsAsync<ConnectorException>(
            () => _client.SendToConversationAsync(ServiceUrl, "a:1", Message("x"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, exception.StatusCode);
        Assert.Equal("ConversationBlockedByUser", exception.ErrorCode);
        Assert.Equal("User blocked the conversation with the bot.", exception.ErrorMessage);
        Assert.Equal("op-123", exception.CorrelationId);
        Assert.Contains("ConversationBlockedByUser", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteActivityAsync_NonJsonErrorBody_ThrowsWithTextAsMessage()
    {
        _handler.Then(HttpStatusCode.NotImplemented, "DeleteActivityAPINotImplemented");

        var exception = await Assert.ThrowsAsync<ConnectorException>(
            () => _client.DeleteActivityAsync(ServiceUrl, "a:1", "1", CancellationToken.None));

        Assert.Equal(HttpStatusCode.NotImplemented, exception.StatusCode);
        Assert.Null(exception.ErrorCode);
        Assert.Equal("DeleteActivityAPINotImplemented", exception.ErrorMessage);
    }

    [Fact]
    public async Task SendToConversationAsync_AcceptedWithoutBody_ReturnsEmptyResourceResponse()
    {
        _handler.Then(HttpStatusCode.Accepted);

        var response = await _client.SendToConversationAsync(ServiceUrl, "a:1", new Activity { Type = ActivityTypes.Typing }, CancellationToken.None);

        Assert.Null(response.Id);
    }

    [Theory]
    [InlineData("smba.trafficmanager.net/emea/")]
    [InlineData("ftp://smba.trafficmanager.net/emea/")]
    [InlineData(" ")]
    public async Task SendToConversationAsync_InvalidServiceUrl_ThrowsArgumentExceptionWithoutCalling(string serviceUrl)
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(
            () => _client.SendToConversationAsync(serviceUrl, "a:1", Message("x"), CancellationToken.None));

        Assert.Empty(_handler.Requests);
    }

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };
}
