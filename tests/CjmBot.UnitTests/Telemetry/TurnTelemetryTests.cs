using System.Diagnostics.Metrics;
using CjmBot.Bot.Telemetry;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Telemetry;
using CjmBot.Protocol.Turns;
using CjmBot.Testing;
using CjmBot.UnitTests.Bot.Workshops;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit;
using Xunit.Abstractions;

namespace CjmBot.UnitTests.Telemetry;

public sealed class TurnTelemetryTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Help_OneTurn_CountsOneMessageTurnAndTimesIt()
    {
        await using var host = BotTestHost.Create(output);
        using var metrics = new MetricRecorder(host.Services.GetRequiredService<IMeterFactory>());

        await host.Flow()
            .Send("help")
            .AssertCard(card => Assert.Equal("1.5", card.Version))
            .StartTestAsync();

        Assert.Equal(1, metrics.Sum("cjmbot.turns", ProtocolTelemetry.ActivityTypeTag, ActivityTypes.Message));
        Assert.Single(metrics.Of("cjmbot.turns"));
        var duration = Assert.Single(metrics.Of("cjmbot.turn.duration", ProtocolTelemetry.ActivityTypeTag, ActivityTypes.Message));
        Assert.True(duration.Value >= 0, $"duration {duration.Value}");
    }

    [Fact]
    public async Task Answer_InRunningWorkshop_CountsOneRecordedAnswer()
    {
        await using var host = BotTestHost.Create(output);
        using var metrics = new MetricRecorder(host.Services.GetRequiredService<IMeterFactory>());

        await host.Flow()
            .StartTwoStageWorkshop()
            .Send("Find a printer under 200 euros")
            .AssertReplyContains("✓ Recorded")
            .AssertReply(nextQuestion => Assert.NotEmpty(nextQuestion.Attachments!)) // alone in a personal chat: the answer moves on
            .Send("insight People compare prices first")
            .AssertReply(reply => Assert.False(string.IsNullOrEmpty(reply.Text)))
            .StartTestAsync();

        Assert.Equal(1, metrics.Sum("cjmbot.contributions.recorded", WorkshopTelemetry.KindTag, "answer"));
        Assert.Equal(1, metrics.Sum("cjmbot.contributions.recorded", WorkshopTelemetry.KindTag, "insight"));
    }

    [Fact]
    public void Middleware_NothingListening_ForwardsTheSameTask()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var middleware = new TurnTelemetryMiddleware(new ProtocolTelemetry(services.GetRequiredService<IMeterFactory>()), new FakeTimeProvider());
        var next = Task.FromResult(0);

        var forwarded = middleware.OnTurnAsync(new StubTurn(), _ => next, CancellationToken.None);

        Assert.Same(next, forwarded);
    }

    [Fact]
    public async Task Middleware_TurnThrows_StillCountsItAndRethrows()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var factory = services.GetRequiredService<IMeterFactory>();
        using var metrics = new MetricRecorder(factory);
        var time = new FakeTimeProvider();
        var middleware = new TurnTelemetryMiddleware(new ProtocolTelemetry(factory), time);

        await Assert.ThrowsAsync<InvalidOperationException>(() => middleware.OnTurnAsync(new StubTurn(), _ =>
        {
            time.Advance(TimeSpan.FromMilliseconds(250));
            throw new InvalidOperationException("boom");
        }, CancellationToken.None));

        Assert.Equal(1, metrics.Sum("cjmbot.turns", ProtocolTelemetry.ActivityTypeTag, ActivityTypes.Invoke));
        Assert.Equal(0.25, Assert.Single(metrics.Of("cjmbot.turn.duration")).Value, precision: 6);
    }

    private sealed class StubTurn : ITurnContext
    {
        public Activity Activity { get; } = new() { Type = ActivityTypes.Invoke, Name = "adaptiveCard/action" };

        public ChannelAdapter Adapter => throw new NotSupportedException();

        public IDictionary<string, object> TurnState { get; } = new Dictionary<string, object>();

        public InvokeResponse? InvokeResponse { get; set; }

        public bool Responded => false;

        public Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
