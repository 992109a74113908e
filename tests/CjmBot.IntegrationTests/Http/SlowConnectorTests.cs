using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CjmBot.Protocol.Schema;
using CjmBot.Testing;
using CjmBot.Workshops;
using CjmBot.Workshops.Progress;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace CjmBot.IntegrationTests.Http;

/// <summary>
/// A Bot Connector that hangs: Teams stops waiting after about 15 s and redelivers, so the bot must answer its HTTP
/// request long before the replies get through. What it acknowledged is stored, and its replies are not lost when the
/// host stops. (Timings are bounds on a hang, not performance targets: a turn here takes milliseconds.)
/// </summary>
public sealed class SlowConnectorTests : IDisposable
{
    private const string ConversationId = "a:1personal-slow";
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(16);

    /// <summary>Far inside Teams' window and far from the hang: what "promptly" means here.</summary>
    private static readonly TimeSpan Promptly = TimeSpan.FromSeconds(8);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly RecordingConnector _connector = new();
    private readonly TestSigningKey _key = new("key-1", "msteams");
    private readonly RealBotHostFactory _factory;
    private readonly HttpClient _client;
    private int _activityCount;

    public SlowConnectorTests()
    {
        _factory = new RealBotHostFactory(
            new Dictionary<string, string?> { ["Bot:DisableAuthentication"] = "true" }, _connector, _time, new FakeOpenIdDocumentRetriever(_key));
        _client = _factory.CreateClient();
    }

    public void Dispose()
    {
        _connector.Delay = TimeSpan.Zero;
        _client.Dispose();
        _factory.Dispose();
        _key.Dispose();
    }

    [Fact]
    public async Task PersonalChatAnswer_ConnectorHangs_IsStoredAndAcknowledgedPromptly()
    {
        var workshopId = await StartWorkshopAsync();
        _connector.Delay = Hang;

        var (response, took) = await TimedPostAsync(Message("Compare delivery prices"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(took < Promptly, $"acknowledged after {took}");
        Assert.Single((await Repository.LoadAsync(workshopId, CancellationToken.None))!.Answers);
    }

    [Fact]
    public async Task TypedNext_ConnectorHangs_MovesAndIsAcknowledgedPromptly()
    {
        var workshopId = await StartWorkshopAsync();
        _connector.Delay = Hang;

        var (response, took) = await TimedPostAsync(Message("next"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(took < Promptly, $"acknowledged after {took}");
        Assert.Equal(new Position(0, 0, 1), (await Repository.GetHeadAsync(workshopId, CancellationToken.None))!.Progress.Position);
    }

    [Fact]
    public async Task NextButton_ConnectorHangs_TheInvokeIsAnsweredWithinItsBudget()
    {
        var workshopId = await StartWorkshopAsync();
        _connector.Delay = Hang;
        var invoke = Message(null);
        invoke["type"] = ActivityTypes.Invoke;
        invoke["name"] = InvokeNames.AdaptiveCardAction;
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["verb"] = "workshop.next",
                ["data"] = new JsonObject { ["workshopId"] = workshopId, ["revision"] = "7" },
            },
        };

        var (response, took) = await TimedPostAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(took < Promptly, $"answered after {took}");
        Assert.Equal("""{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"✓"}""", await response.Content.ReadAsStringAsync());
        Assert.Equal(new Position(0, 0, 1), (await Repository.GetHeadAsync(workshopId, CancellationToken.None))!.Progress.Position);
    }

    [Fact]
    public async Task HostStops_WhileRepliesWaitForTheConnector_SendsThemBeforeItStops()
    {
        await StartWorkshopAsync();
        _connector.Delay = TimeSpan.FromSeconds(2);

        var (response, _) = await TimedPostAsync(Message("An answer that must be confirmed"));
        Assert.Empty(_connector.Sent);
        await _factory.DisposeAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(_connector.Sent, sent => sent.Text == "✓ Recorded: Goal · Search");
    }

    private IWorkshopRepository Repository => _factory.Services.GetRequiredService<IWorkshopRepository>();

    private async Task<string> StartWorkshopAsync()
    {
        var frame = SampleWorkshops.Frame() with { ConversationId = ConversationId, Stages = ["Search", "Purchase"] };
        await Repository.CreateAsync(frame, SampleWorkshops.Progress(new Position(0, 0, 0)), CancellationToken.None);
        return frame.Id;
    }

    private async Task<(HttpResponseMessage Response, TimeSpan Took)> TimedPostAsync(JsonObject activity)
    {
        var watch = Stopwatch.StartNew();
        var response = await _client.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        return (response, watch.Elapsed);
    }

    private JsonObject Message(string? text)
    {
        var activity = new JsonObject
        {
            ["type"] = ActivityTypes.Message,
            ["id"] = $"18000000000{Interlocked.Increment(ref _activityCount):D2}",
            ["channelId"] = "msteams",
            ["serviceUrl"] = MessagesEndpointTests.ServiceUrl,
            ["from"] = new JsonObject { ["id"] = "29:1anna-facilitator", ["name"] = "Anna Petrova" },
            ["recipient"] = new JsonObject { ["id"] = "28:" + MessagesEndpointTests.AppId, ["name"] = "CJM Bot" },
            ["conversation"] = new JsonObject { ["id"] = ConversationId, ["conversationType"] = "personal", ["tenantId"] = MessagesEndpointTests.BotTenantId },
            ["locale"] = "en-US",
        };
        if (text is not null)
        {
            activity["text"] = text;
        }

        return activity;
    }
}
