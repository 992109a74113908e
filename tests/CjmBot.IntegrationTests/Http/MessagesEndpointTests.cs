using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CjmBot.Protocol.Authentication;
using CjmBot.Protocol.Schema;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Tokens;
using Xunit;

namespace CjmBot.IntegrationTests.Http;

public sealed class MessagesEndpointTests : IDisposable
{
    internal const string AppId = "5b0c0f0e-1111-4222-8333-944445555666";
    internal const string BotTenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    internal const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    private const string Route = "/api/messages";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly RecordingBot _bot = new();
    private readonly TestSigningKey _key = new("key-1", "msteams");
    private readonly TestSigningKey _otherKey = new("key-1", "msteams");
    private readonly FakeOpenIdDocumentRetriever _keys;
    private readonly List<IDisposable> _disposables = [];

    public MessagesEndpointTests()
    {
        _keys = new FakeOpenIdDocumentRetriever(_key);
    }

    public void Dispose()
    {
        foreach (var disposable in _disposables)
        {
            disposable.Dispose();
        }

        _key.Dispose();
        _otherKey.Dispose();
    }

    [Fact]
    public async Task Post_ValidToken_Returns200AndRunsTheBot()
    {
        using var client = CreateClient(AuthOn());

        using var response = await PostAsync(client, Activity(), "Bearer " + _key.CreateToken(ValidSpec()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        var received = Assert.Single(_bot.Received);
        Assert.Equal("hello", received.Text);
    }

    [Fact]
    public async Task Post_NoToken_Returns401AndBotDoesNotRun()
    {
        using var client = CreateClient(AuthOn());

        using var response = await PostAsync(client, Activity(), authorization: null);

        AssertRefused(response, HttpStatusCode.Unauthorized);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Basic {0}")]
    [InlineData("bearer {0}")]
    [InlineData("Bearer {0} extra")]
    [InlineData("{0}")]
    [InlineData("Bearer")]
    public async Task Post_MalformedAuthorizationHeader_Returns401AndBotDoesNotRun(string format)
    {
        using var client = CreateClient(AuthOn());
        var header = string.Format(System.Globalization.CultureInfo.InvariantCulture, format, _key.CreateToken(ValidSpec()));

        using var response = await PostAsync(client, Activity(), header);

        AssertRefused(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Post_TokenSignedByAnotherKeyWithTheSameKid_Returns401AndBotDoesNotRun()
    {
        using var client = CreateClient(AuthOn());

        using var response = await PostAsync(client, Activity(), "Bearer " + _otherKey.CreateToken(ValidSpec()));

        AssertRefused(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Post_TokenSignedByUnpublishedKey_Returns401AndBotDoesNotRun()
    {
        using var stranger = new TestSigningKey("stranger", "msteams");
        using var client = CreateClient(AuthOn());

        using var response = await PostAsync(client, Activity(), "Bearer " + stranger.CreateToken(ValidSpec()));

        AssertRefused(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Post_ExpiredTokenBeyondClockSkew_Returns401AndBotDoesNotRun()
    {
        using var client = CreateClient(AuthOn());
        var now = _time.GetUtcNow();
        var token = _key.CreateToken(ValidSpec() with { NotBefore = now.AddHours(-2), Expires = now.AddMinutes(-6) });

        using var response = await PostAsync(client, Activity(), "Bearer " + token);

        AssertRefused(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Post_TokenExpiredWithinClockSkew_Returns200()
    {
        using var client = CreateClient(AuthOn());
        var now = _time.GetUtcNow();
        var token = _key.CreateToken(ValidSpec() with { NotBefore = now.AddHours(-2), Expires = now.AddMinutes(-4) });

        using var response = await PostAsync(client, Activity(), "Bearer " + token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_bot.Received);
    }

    [Fact]
    public async Task Post_TokenNotYetValid_Returns401AndBotDoesNotRun()
    {
        using var client = CreateClient(AuthOn());
        var now = _time.GetUtcNow();
        var token = _key.CreateToken(ValidSpec() with { NotBefore = now.AddMinutes(10), Expires = now.AddHours(1) });

        using var response = await PostAsync(client, Activity(), "Bearer " + token);

        AssertRefused(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Post_WrongAudience_Returns401AndBotDoesNotRun()
    {
        using var client = CreateClient(AuthOn());
        var token = _key.CreateToken(ValidSpec() with { Audience = "0f0e0d0c-0000-4000-8000-000000000000" });

        using var response = await PostAsync(client, Activity(), "Bearer " + token);

        AssertRefused(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Post_WrongIssuer_Returns401AndBotDoesNotRun()
    {
        using var client = CreateClient(AuthOn());
        var token = _key.CreateToken(ValidSpec() with { Issuer = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/" });

        using var response = await PostAsync(client, Activity(), "Bearer " + token);

        AssertRefused(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Post_ServiceUrlClaimDiffersFromActivity_Returns401AndBotDoesNotRun()
    {
        using var client = CreateClient(AuthOn());
        var token = _key.CreateToken(ValidSpec() with { ServiceUrl = "https://attacker.example/" });

        using var response = await PostAsync(client, Activity(), "Bearer " + token);

        AssertRefused(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Post_ServiceUrlClaimMissing_Returns401AndBotDoesNotRun()
    {
        using var client = CreateClient(AuthOn());
        var token = _key.CreateToken(ValidSpec() with { ServiceUrl = null });

        using var response = await PostAsync(client, Activity(), "Bearer " + token);

        AssertRefused(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Post_ServiceUrlClaimDiffersOnlyInCase_Returns200()
    {
        using var client = CreateClient(AuthOn());
        var token = _key.CreateToken(ValidSpec() with { ServiceUrl = ServiceUrl.ToUpperInvariant() });

        using var response = await PostAsync(client, Activity(), "Bearer " + token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_TokenSignedWithRs512_Returns200()
    {
        using var client = CreateClient(AuthOn());
        var token = _key.CreateToken(ValidSpec() with { Algorithm = SecurityAlgorithms.RsaSha512 });

        using var response = await PostAsync(client, Activity(), "Bearer " + token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_KeyNotEndorsedForTheChannel_Returns403AndBotDoesNotRun()
    {
        using var skypeOnly = new TestSigningKey("skype-key", "skype");
        _keys.Publish(_key, skypeOnly);
        using var client = CreateClient(AuthOn());

        using var response = await PostAsync(client, Activity(), "Bearer " + skypeOnly.CreateToken(ValidSpec()));

        AssertRefused(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Post_KeyWithoutEndorsements_Returns200()
    {
        using var plain = new TestSigningKey("plain-key");
        _keys.Publish(plain);
        using var client = CreateClient(AuthOn());

        using var response = await PostAsync(client, Activity(), "Bearer " + plain.CreateToken(ValidSpec()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_KeyRotatedAfterKeysWereCached_RefreshesKeysOnceAndAccepts()
    {
        using var rotated = new TestSigningKey("key-2", "msteams");
        using var client = CreateClient(AuthOn());
        using (var first = await PostAsync(client, Activity(), "Bearer " + _key.CreateToken(ValidSpec())))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        _keys.Publish(_key, rotated);
        using var response = await PostAsync(client, Activity(), "Bearer " + rotated.CreateToken(ValidSpec()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, _keys.KeyFetches);
        Assert.Equal(2, _bot.Received.Count);
    }

    [Fact]
    public async Task Post_AuthenticationDisabledInDevelopment_Returns200WithoutToken()
    {
        using var client = CreateClient(new Dictionary<string, string?> { ["Bot:DisableAuthentication"] = "true" });

        using var response = await PostAsync(client, Activity(), authorization: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_bot.Received);
    }

    [Fact]
    public async Task Post_ProductionWithCompleteSettings_AcceptsValidToken()
    {
        using var client = CreateClient(AuthOn(), "Production");

        using var response = await PostAsync(client, Activity(), "Bearer " + _key.CreateToken(ValidSpec()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_MalformedJson_Returns400ProblemAndBotDoesNotRun()
    {
        using var client = CreateClient(AuthOff());

        using var response = await PostRawAsync(client, "{\"type\":\"message\",");

        AssertRefused(response, HttpStatusCode.BadRequest);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("""{"text":"no type"}""")]
    [InlineData("""{"type":""}""")]
    [InlineData("""{"type":7}""")]
    [InlineData("""[{"type":"message"}]""")]
    [InlineData("""{"type":"message","conversation":"not an object"}""")]
    public async Task Post_NotAnActivity_Returns400AndBotDoesNotRun(string body)
    {
        using var client = CreateClient(AuthOff());

        using var response = await PostRawAsync(client, body);

        AssertRefused(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Post_BodyOverLimit_Returns413AndBotDoesNotRun()
    {
        using var client = CreateClient(AuthOff());
        var activity = Activity();
        activity["text"] = new string('x', 256 * 1024);

        using var response = await PostRawAsync(client, activity.ToJsonString());

        AssertRefused(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Post_BodyOverLimitWithoutContentLength_Returns413AndBotDoesNotRun()
    {
        using var client = CreateClient(AuthOff());
        var activity = Activity();
        activity["text"] = new string('x', 300 * 1024);
        using var content = new UnknownLengthContent(Encoding.UTF8.GetBytes(activity.ToJsonString()));

        using var response = await client.PostAsync(Route, content);

        AssertRefused(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Post_BodyJustUnderLimit_IsProcessed()
    {
        using var client = CreateClient(AuthOff());
        var activity = Activity();
        var size = Encoding.UTF8.GetByteCount(activity.ToJsonString());
        activity["text"] = "hello" + new string('x', (256 * 1024) - size);

        using var response = await PostRawAsync(client, activity.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_InvokeAnsweredByBot_ReturnsItsStatusAndJsonBody()
    {
        _bot.InvokeAnswer = _ => new InvokeResponse(200, AdaptiveCardInvokeResponse.Message("Saved ✓ Сохранено").ToJson());
        using var client = CreateClient(AuthOn());

        using var response = await PostAsync(client, Invoke(), "Bearer " + _key.CreateToken(ValidSpec()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, (int)body["statusCode"]!);
        Assert.Equal(AdaptiveCardInvokeResponse.MessageType, (string?)body["type"]);
        Assert.Equal("Saved ✓ Сохранено", (string?)body["value"]);
    }

    [Fact]
    public async Task Post_InvokeAnsweredWithErrorStatus_ReturnsThatStatusAndBody()
    {
        _bot.InvokeAnswer = _ => new InvokeResponse(409, new JsonObject { ["code"] = "Conflict" });
        using var client = CreateClient(AuthOff());

        using var response = await PostRawAsync(client, Invoke().ToJsonString());

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Conflict", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["code"]);
    }

    [Fact]
    public async Task Post_InvokeAnsweredWithoutBody_ReturnsStatusAndEmptyBody()
    {
        _bot.InvokeAnswer = _ => new InvokeResponse(200);
        using var client = CreateClient(AuthOff());

        using var response = await PostRawAsync(client, Invoke().ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_InvokeNobodyHandles_Returns501()
    {
        using var client = CreateClient(AuthOff());

        using var response = await PostRawAsync(client, Invoke().ToJsonString());

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Single(_bot.Received);
    }

    [Fact]
    public async Task Post_InvokeTurnOutlivesTheTurnTimeout_InvokeGets500()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _bot.During = async cancellationToken =>
        {
            started.SetResult();
            await new TaskCompletionSource().Task.WaitAsync(cancellationToken);
        };
        var settings = AuthOff();
        settings["MessagesEndpoint:TurnTimeout"] = "00:00:02";
        using var client = CreateClient(settings);

        var posting = PostRawAsync(client, Invoke().ToJsonString());
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        _time.Advance(TimeSpan.FromSeconds(3));
        using var response = await posting.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
    }

    [Fact]
    public async Task Post_InvokeNotAnsweredWithinItsBudget_IsAnsweredInTimeWithAWorkingNote()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _bot.During = async cancellationToken =>
        {
            started.SetResult();
            await new TaskCompletionSource().Task.WaitAsync(cancellationToken);
        };
        using var client = CreateClient(AuthOff());

        var posting = PostRawAsync(client, Invoke().ToJsonString());
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));

        // A second at a time (the endpoint may start its wait a moment after the turn began), well short of the turn's 30 s.
        for (var second = 0; second < 10 && !posting.IsCompleted; second++)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(posting, Task.Delay(100));
        }

        using var response = await posting.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"⏳"}""", await response.Content.ReadAsStringAsync());

        // The turn goes on after the answer until its own timeout; the host's stop would wait for it.
        _time.Advance(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Post_TenantOutsideAllowList_Returns403AndBotDoesNotRun()
    {
        var settings = AuthOn();
        settings["Bot:AllowedTenants:0"] = BotTenantId;
        using var client = CreateClient(settings);

        using var response = await PostAsync(client, Activity(tenantId: "11111111-2222-3333-4444-555555555555"), "Bearer " + _key.CreateToken(ValidSpec()));

        AssertRefused(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Post_TenantInAllowList_Returns200()
    {
        var settings = AuthOn();
        settings["Bot:AllowedTenants:0"] = "11111111-2222-3333-4444-555555555555";
        settings["Bot:AllowedTenants:1"] = BotTenantId;
        using var client = CreateClient(settings);

        using var response = await PostAsync(client, Activity(), "Bearer " + _key.CreateToken(ValidSpec()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_bot.Received);
    }

    [Fact]
    public async Task GetHealthz_Returns200Ok()
    {
        using var client = CreateClient(AuthOn());

        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }

    internal static Dictionary<string, string?> AuthOn() => new()
    {
        ["Bot:DisableAuthentication"] = "false",
        ["Bot:AppId"] = AppId,
        ["Bot:AppType"] = "SingleTenant",
        ["Bot:TenantId"] = BotTenantId,
        ["Bot:AppPassword"] = "not-a-real-secret",
        ["Bot:OpenIdMetadataUrl"] = FakeOpenIdDocumentRetriever.MetadataUrl,
    };

    private static Dictionary<string, string?> AuthOff() => new() { ["Bot:DisableAuthentication"] = "true" };

    private TokenSpec ValidSpec()
    {
        var now = _time.GetUtcNow();
        return new TokenSpec(BotFrameworkTokenValidator.Issuer, AppId, ServiceUrl, now.AddMinutes(-1), now.AddHours(1));
    }

    private HttpClient CreateClient(Dictionary<string, string?> settings, string environment = "Development")
    {
        var factory = new BotHostFactory(environment, settings, _bot, _time, _keys);
        _disposables.Add(factory);
        return factory.CreateClient();
    }

    private void AssertRefused(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Empty(_bot.Received);
    }

    private static JsonObject Activity(string type = ActivityTypes.Message, string tenantId = BotTenantId) => new()
    {
        ["type"] = type,
        ["id"] = "1700000000001",
        ["channelId"] = "msteams",
        ["serviceUrl"] = ServiceUrl,
        ["from"] = new JsonObject { ["id"] = "29:user", ["name"] = "Anna" },
        ["recipient"] = new JsonObject { ["id"] = "28:" + AppId, ["name"] = "CJM Bot" },
        ["conversation"] = new JsonObject { ["id"] = "a:1personal", ["conversationType"] = "personal", ["tenantId"] = tenantId },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
        ["text"] = "hello",
    };

    private static JsonObject Invoke()
    {
        var activity = Activity(ActivityTypes.Invoke);
        activity.Remove("text");
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "save" } };
        return activity;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, JsonObject activity, string? authorization)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Route)
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return client.SendAsync(request);
    }

    private static Task<HttpResponseMessage> PostRawAsync(HttpClient client, string body) =>
        client.PostAsync(Route, new StringContent(body, Encoding.UTF8, "application/json"));

    /// <summary>Content sent without Content-Length (chunked), so the endpoint must count bytes itself.</summary>
    private sealed class UnknownLengthContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) =>
            stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
