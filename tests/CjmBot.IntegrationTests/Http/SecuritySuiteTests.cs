using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CjmBot.Protocol.Authentication;
using CjmBot.Protocol.Schema;
using CjmBot.Testing;
using CjmBot.Workshops;
using CjmBot.Workshops.Progress;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace CjmBot.IntegrationTests.Http;

/// <summary>
/// Hostile and broken requests against the real bot with a running workshop: every refusal is checked where it
/// matters, in storage (nothing recorded) and at the connector (nothing sent), and the bot keeps working afterwards.
/// </summary>
public sealed class SecuritySuiteTests : IDisposable
{
    private const string AppId = MessagesEndpointTests.AppId;
    private const string TenantId = MessagesEndpointTests.BotTenantId;
    private const string ServiceUrl = MessagesEndpointTests.ServiceUrl;
    private const string ConversationId = "a:1personal-security";
    private const string Route = "/api/messages";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly TestSigningKey _key = new("key-1", "msteams");
    private readonly TestSigningKey _impostor = new("key-1", "msteams");
    private readonly RecordingConnector _connector = new();
    private readonly RealBotHostFactory _factory;
    private readonly HttpClient _client;
    private int _activityCount;

    public SecuritySuiteTests()
        : this(MessagesEndpointTests.AuthOn())
    {
    }

    private SecuritySuiteTests(Dictionary<string, string?> settings)
    {
        settings["Bot:AllowedTenants:0"] = TenantId;
        _factory = new RealBotHostFactory(settings, _connector, _time, new FakeOpenIdDocumentRetriever(_key));
        _client = _factory.CreateClient();
    }

    public static TheoryData<string> Forgeries => new()
    {
        "no token", "forged signature", "expired", "not yet valid", "wrong audience", "wrong issuer", "serviceUrl differs", "no serviceUrl claim",
    };

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
        _key.Dispose();
        _impostor.Dispose();
    }

    [Fact]
    public async Task Answer_ValidToken_IsRecordedAndConfirmed()
    {
        var workshopId = await StartWorkshopAsync();

        using var response = await PostAsync(Message("Compare prices"), Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await AnswersAsync(workshopId));
        Assert.Contains(_connector.Sent, sent => sent.Text?.Contains("✓ Recorded", StringComparison.Ordinal) == true);
    }

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task Answer_ForgedOrMissingToken_Returns401AndNothingIsRecordedOrSent(string forgery)
    {
        var workshopId = await StartWorkshopAsync();
        var now = _time.GetUtcNow();
        var spec = Spec();
        var authorization = forgery switch
        {
            "no token" => null,
            "forged signature" => "Bearer " + _impostor.CreateToken(spec),
            "expired" => Token(spec with { NotBefore = now.AddHours(-2), Expires = now.AddMinutes(-6) }),
            "not yet valid" => Token(spec with { NotBefore = now.AddMinutes(10), Expires = now.AddHours(1) }),
            "wrong audience" => Token(spec with { Audience = "00000000-0000-0000-0000-000000000001" }),
            "wrong issuer" => Token(spec with { Issuer = "https://sts.windows.net/evil/" }),
            "serviceUrl differs" => Token(spec with { ServiceUrl = "https://evil.example/teams/" }),
            "no serviceUrl claim" => Token(spec with { ServiceUrl = null }),
            _ => throw new ArgumentOutOfRangeException(nameof(forgery), forgery, null),
        };

        using var response = await PostAsync(Message("Planted answer"), authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await AnswersAsync(workshopId));
        Assert.Empty(_connector.Sent);
        await AssertStillWorksAsync(workshopId);
    }

    [Fact]
    public async Task Answer_FromATenantOutsideTheAllowList_Returns403AndNothingIsRecorded()
    {
        var workshopId = await StartWorkshopAsync();
        var activity = Message("Planted answer");
        activity["conversation"]!["tenantId"] = "11111111-2222-3333-4444-555555555555";
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "11111111-2222-3333-4444-555555555555" } };

        using var response = await PostAsync(activity, Token());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await AnswersAsync(workshopId));
        Assert.Empty(_connector.Sent);
    }

    [Theory]
    [InlineData("{\"type\":\"message\",\"text\":")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("not json at all")]
    [InlineData("{\"type\":\"\\ud800\"}")]
    [InlineData("{\"type\":\"message\",\"text\":\"half a pair \\udc00 here\"}")]
    [InlineData("{\"type\":\"message\",\"text\":\"hi\",\"x-ext\":{\"deep\":[\"\\ud83d\"]}}")]
    [InlineData("{\"type\":\"message\",\"\\ud800name\":1}")]
    public async Task MalformedBody_Returns400AndNothingIsRecorded(string body)
    {
        var workshopId = await StartWorkshopAsync();

        using var response = await PostRawAsync(body, Token());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await AnswersAsync(workshopId));
        await AssertStillWorksAsync(workshopId);
    }

    [Theory]
    [InlineData("{\"type\":\"\\ud800\"}")]
    [InlineData("{\"type\":\"message\",\"from\":{\"id\":\"29:\\udfff\"}}")]
    public async Task LoneSurrogate_WithoutAToken_Returns400BeforeAuthentication(string body)
    {
        using var response = await PostRawAsync(body, authorization: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HugeBody_Returns413AndNothingIsRecorded()
    {
        var workshopId = await StartWorkshopAsync();
        var activity = Message(new string('x', 300 * 1024));

        using var response = await PostAsync(activity, Token());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(await AnswersAsync(workshopId));
        await AssertStillWorksAsync(workshopId);
    }

    [Fact]
    public async Task UnknownActivityType_IsAcknowledgedWithoutEffect()
    {
        var workshopId = await StartWorkshopAsync();
        var activity = Message("Planted answer");
        activity["type"] = "somethingNew";

        using var response = await PostAsync(activity, Token());

        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}");
        Assert.Empty(await AnswersAsync(workshopId));
        Assert.Empty(_connector.Sent);
        await AssertStillWorksAsync(workshopId);
    }

    [Theory]
    [InlineData("something/unknown")]
    [InlineData("composeExtension/query")]
    public async Task UnknownInvoke_Returns501AndNothingIsRecorded(string name)
    {
        var workshopId = await StartWorkshopAsync();
        var activity = Message(null);
        activity["type"] = ActivityTypes.Invoke;
        activity["name"] = name;
        activity["value"] = new JsonObject { ["answer"] = "Planted answer" };

        using var response = await PostAsync(activity, Token());

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Empty(await AnswersAsync(workshopId));
        await AssertStillWorksAsync(workshopId);
    }

    [Fact]
    public async Task CardActionWithoutVerbOrData_IsAnsweredAndNothingIsRecorded()
    {
        var workshopId = await StartWorkshopAsync();
        var activity = Message(null);
        activity["type"] = ActivityTypes.Invoke;
        activity["name"] = InvokeNames.AdaptiveCardAction;
        activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["data"] = "not an object" } };

        using var response = await PostAsync(activity, Token());

        Assert.True((int)response.StatusCode is >= 200 and < 500, $"HTTP {(int)response.StatusCode}");
        Assert.Empty(await AnswersAsync(workshopId));
        await AssertStillWorksAsync(workshopId);
    }

    [Fact]
    public async Task OversizeAnswer_GetsAClearMessageAndNothingIsStored()
    {
        var workshopId = await StartWorkshopAsync();

        using var response = await PostAsync(Message(new string('x', 2001)), Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await AnswersAsync(workshopId));
        Assert.Contains(_connector.Sent, sent => sent.Text?.Contains("the limit is 2,000. Nothing was recorded", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task MarkdownAndLinksInAName_AreEscapedInTheBotsMessages()
    {
        // The facilitator's display name (from Teams, so chosen by a person) is quoted in the refusal others get.
        var workshopId = await StartWorkshopAsync(facilitatorName: "**Admin** [reset](https://evil.example)");
        var activity = Message("next");
        activity["from"] = new JsonObject { ["id"] = "29:mallory", ["name"] = "Mallory" };

        using var response = await PostAsync(activity, Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var head = await Repository.GetHeadAsync(workshopId, CancellationToken.None);
        Assert.Equal(new Position(0, 0, 0), head!.Progress.Position);
        var refusal = Assert.Single(_connector.Sent, sent => sent.Text?.Contains("only the facilitators", StringComparison.Ordinal) == true);
        Assert.DoesNotContain("**Admin**", refusal.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("[reset](https://evil.example)", refusal.Text, StringComparison.Ordinal);
        Assert.Contains("Admin", refusal.Text, StringComparison.Ordinal);
    }

    private IWorkshopRepository Repository => _factory.Services.GetRequiredService<IWorkshopRepository>();

    /// <summary>A running workshop in the personal chat, facilitated by Anna, seeded straight into storage.</summary>
    private async Task<string> StartWorkshopAsync(string facilitatorName = "Anna Petrova")
    {
        var frame = SampleWorkshops.Frame() with
        {
            ConversationId = ConversationId,
            CreatedBy = new CjmBot.Workshops.Frame.Participant("29:1anna-facilitator", facilitatorName),
        };
        await Repository.CreateAsync(frame, SampleWorkshops.Progress(new Position(0, 0, 0)), CancellationToken.None);
        return frame.Id;
    }

    private async Task<List<CjmBot.Workshops.Contributions.Contribution>> AnswersAsync(string workshopId)
    {
        var snapshot = await Repository.LoadAsync(workshopId, CancellationToken.None);
        return [.. snapshot!.Contributions];
    }

    /// <summary>After a refusal, a genuine answer is still recorded: the bad request did not break anything.</summary>
    private async Task AssertStillWorksAsync(string workshopId)
    {
        var before = (await AnswersAsync(workshopId)).Count;
        using var response = await PostAsync(Message("A genuine answer"), Token());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before + 1, (await AnswersAsync(workshopId)).Count);
    }

    private TokenSpec Spec()
    {
        var now = _time.GetUtcNow();
        return new TokenSpec(BotFrameworkTokenValidator.Issuer, AppId, ServiceUrl, now.AddMinutes(-1), now.AddHours(1));
    }

    private string Token(TokenSpec? spec = null) => "Bearer " + _key.CreateToken(spec ?? Spec());

    private JsonObject Message(string? text)
    {
        var activity = new JsonObject
        {
            ["type"] = ActivityTypes.Message,
            ["id"] = $"17000000000{Interlocked.Increment(ref _activityCount):D2}",
            ["channelId"] = "msteams",
            ["serviceUrl"] = ServiceUrl,
            ["from"] = new JsonObject { ["id"] = "29:1anna-facilitator", ["name"] = "Anna Petrova" },
            ["recipient"] = new JsonObject { ["id"] = "28:" + AppId, ["name"] = "CJM Bot" },
            ["conversation"] = new JsonObject { ["id"] = ConversationId, ["conversationType"] = "personal", ["tenantId"] = TenantId },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
            ["locale"] = "en-US",
        };
        if (text is not null)
        {
            activity["text"] = text;
        }

        return activity;
    }

    private Task<HttpResponseMessage> PostAsync(JsonObject activity, string? authorization) => PostRawAsync(activity.ToJsonString(), authorization);

    private Task<HttpResponseMessage> PostRawAsync(string body, string? authorization)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Route) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return _client.SendAsync(request);
    }
}
