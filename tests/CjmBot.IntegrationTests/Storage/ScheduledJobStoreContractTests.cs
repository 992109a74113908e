using System.Text.Json.Nodes;
using CjmBot.Workshops.Scheduling;
using Xunit;

namespace CjmBot.IntegrationTests.Storage;

/// <summary>
/// The <see cref="IScheduledJobStore"/> contract. Every backend derives from this class and so runs exactly these
/// facts; each test gets a fresh, empty store.
/// </summary>
public abstract class ScheduledJobStoreContractTests : IAsyncLifetime
{
    protected static readonly CancellationToken None = CancellationToken.None;
    protected static readonly DateTimeOffset T0 = new(2025, 3, 14, 9, 30, 0, 250, TimeSpan.FromHours(3));
    protected static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    /// <summary>A key the way the timers build them: from a Teams conversation and workshop id.</summary>
    protected const string TimerKey = "question-timer|19:meeting_Nz@thread.tacv2;messageid=17953/ws#1?%~";

    protected abstract IScheduledJobStore Store { get; }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ClaimDueAsync_DueJob_ReturnsItWithEveryField()
    {
        var job = Job(TimerKey, T0, revision: 7);
        await Store.ScheduleAsync(job, None);

        var claimed = Assert.Single(await Store.ClaimDueAsync(T0, Lease, 10, None));

        AssertSameJob(job, claimed.Job);
        Assert.False(string.IsNullOrEmpty(claimed.ClaimToken));
    }

    [Fact]
    public async Task ClaimDueAsync_TwoConcurrentClaimers_ClaimTheJobOnce()
    {
        await Store.ScheduleAsync(Job(TimerKey, T0), None);

        var results = await Task.WhenAll(
            Task.Run(() => Store.ClaimDueAsync(T0.AddSeconds(1), Lease, 10, None)),
            Task.Run(() => Store.ClaimDueAsync(T0.AddSeconds(1), Lease, 10, None)));

        Assert.Single(results.SelectMany(claimed => claimed));
    }

    [Fact]
    public async Task ClaimDueAsync_JobNotDueYet_ClaimsNothing()
    {
        await Store.ScheduleAsync(Job(TimerKey, T0.AddMinutes(5)), None);

        Assert.Empty(await Store.ClaimDueAsync(T0.AddMinutes(5).AddMilliseconds(-1), Lease, 10, None));
        Assert.Single(await Store.ClaimDueAsync(T0.AddMinutes(5), Lease, 10, None));
    }

    [Fact]
    public async Task ClaimDueAsync_ClaimedJob_IsNotClaimableUntilTheLeaseRunsOut()
    {
        await Store.ScheduleAsync(Job(TimerKey, T0), None);
        var first = Assert.Single(await Store.ClaimDueAsync(T0, Lease, 10, None));

        Assert.Empty(await Store.ClaimDueAsync(T0 + Lease - TimeSpan.FromSeconds(1), Lease, 10, None));
        var second = Assert.Single(await Store.ClaimDueAsync(T0 + Lease + TimeSpan.FromSeconds(1), Lease, 10, None));

        Assert.NotEqual(first.ClaimToken, second.ClaimToken);
        // The instance whose lease ran out may no longer complete the job; the new claimant may.
        Assert.False(await Store.CompleteAsync(first, None));
        Assert.True(await Store.CompleteAsync(second, None));
    }

    [Fact]
    public async Task CompleteAsync_ClaimedJob_RemovesIt()
    {
        await Store.ScheduleAsync(Job(TimerKey, T0), None);
        var claimed = Assert.Single(await Store.ClaimDueAsync(T0, Lease, 10, None));

        Assert.True(await Store.CompleteAsync(claimed, None));

        Assert.Empty(await Store.ClaimDueAsync(T0.AddHours(1), Lease, 10, None));
        Assert.False(await Store.CompleteAsync(claimed, None));
    }

    [Fact]
    public async Task CompleteAsync_JobRescheduledAfterClaim_ReturnsFalseAndKeepsTheNewJob()
    {
        await Store.ScheduleAsync(Job(TimerKey, T0, revision: 1), None);
        var claimed = Assert.Single(await Store.ClaimDueAsync(T0, Lease, 10, None));
        var replacement = Job(TimerKey, T0.AddMinutes(10), revision: 2);
        await Store.ScheduleAsync(replacement, None);

        Assert.False(await Store.CompleteAsync(claimed, None));

        // The new timer is unclaimed, runs at its own time, and carries its own payload.
        Assert.Empty(await Store.ClaimDueAsync(T0.AddMinutes(1), Lease, 10, None));
        var next = Assert.Single(await Store.ClaimDueAsync(T0.AddMinutes(10), Lease, 10, None));
        AssertSameJob(replacement, next.Job);
    }

    [Fact]
    public async Task ScheduleAsync_SameKeyAgain_ReplacesTheJobAndItsClaim()
    {
        await Store.ScheduleAsync(Job(TimerKey, T0, revision: 1), None);
        Assert.Single(await Store.ClaimDueAsync(T0, Lease, 10, None));

        await Store.ScheduleAsync(Job(TimerKey, T0, revision: 2), None);

        // No lease on the replacement: claimable at once.
        var claimed = Assert.Single(await Store.ClaimDueAsync(T0, Lease, 10, None));
        Assert.Equal(2, JsonNode.Parse(claimed.Job.Payload)!["revision"]!.GetValue<int>());
    }

    [Fact]
    public async Task TryAddAsync_NewKey_AddsAClaimableJob()
    {
        var job = Job(TimerKey, T0, revision: 3);

        Assert.True(await Store.TryAddAsync(job, None));

        var claimed = Assert.Single(await Store.ClaimDueAsync(T0, Lease, 10, None));
        AssertSameJob(job, claimed.Job);
    }

    [Fact]
    public async Task TryAddAsync_KeyExists_ReturnsFalseAndKeepsTheFirstJob()
    {
        var first = Job(TimerKey, T0, revision: 1);
        Assert.True(await Store.TryAddAsync(first, None));

        Assert.False(await Store.TryAddAsync(Job(TimerKey, T0.AddMinutes(-5), revision: 2), None));

        var claimed = Assert.Single(await Store.ClaimDueAsync(T0.AddHours(1), Lease, 10, None));
        AssertSameJob(first, claimed.Job);
    }

    [Fact]
    public async Task TryAddAsync_KeyClaimed_ReturnsFalseAndLeavesTheClaim()
    {
        await Store.ScheduleAsync(Job(TimerKey, T0), None);
        var claimed = Assert.Single(await Store.ClaimDueAsync(T0, Lease, 10, None));

        Assert.False(await Store.TryAddAsync(Job(TimerKey, T0, revision: 2), None));

        Assert.Empty(await Store.ClaimDueAsync(T0, Lease, 10, None));
        Assert.True(await Store.CompleteAsync(claimed, None));
        // Once the job ran and is gone, the same key may be added again.
        Assert.True(await Store.TryAddAsync(Job(TimerKey, T0, revision: 3), None));
    }

    [Fact]
    public async Task TryAddAsync_ManyConcurrentCallers_AddTheJobOnce()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => Store.TryAddAsync(Job(TimerKey, T0, revision: i), None))));

        Assert.Single(results, added => added);
        Assert.Single(await Store.ClaimDueAsync(T0, Lease, 10, None));
    }

    [Fact]
    public async Task CancelAsync_ScheduledJob_IsNeverClaimed()
    {
        await Store.ScheduleAsync(Job(TimerKey, T0), None);
        await Store.ScheduleAsync(Job("reminder|other", T0), None);

        await Store.CancelAsync(TimerKey, None);
        await Store.CancelAsync("never-scheduled", None);

        var claimed = Assert.Single(await Store.ClaimDueAsync(T0.AddDays(1), Lease, 10, None));
        Assert.Equal("reminder|other", claimed.Job.Key);
    }

    [Fact]
    public async Task ClaimDueAsync_MoreDueThanMax_ClaimsTheEarliestFirst()
    {
        await Store.ScheduleAsync(Job("c-late", T0.AddMinutes(3)), None);
        await Store.ScheduleAsync(Job("a-middle", T0.AddMinutes(2)), None);
        await Store.ScheduleAsync(Job("b-early", T0.AddMinutes(1)), None);

        var firstRound = await Store.ClaimDueAsync(T0.AddMinutes(5), Lease, 2, None);
        var secondRound = await Store.ClaimDueAsync(T0.AddMinutes(5), Lease, 2, None);

        Assert.Equal(["b-early", "a-middle"], firstRound.Select(c => c.Job.Key));
        Assert.Equal(["c-late"], secondRound.Select(c => c.Job.Key));
    }

    [Fact]
    public async Task ClaimDueAsync_KeysDifferingOnlyInEscapes_AreSeparateJobs()
    {
        string[] keys = ["a/b", "a~2Fb", "a%2Fb", "a#b", "a?b", "a\\b", "A/B"];
        foreach (var key in keys)
        {
            await Store.ScheduleAsync(Job(key, T0), None);
        }

        var claimed = await Store.ClaimDueAsync(T0, Lease, 100, None);

        Assert.Equal(keys.Order(StringComparer.Ordinal), claimed.Select(c => c.Job.Key).Order(StringComparer.Ordinal));
    }

    protected static ScheduledJob Job(string key, DateTimeOffset dueAt, int revision = 1) => new(
        key,
        "question-timer",
        dueAt,
        new JsonObject
        {
            ["workshopId"] = "ws-1",
            ["revision"] = revision,
            ["note"] = "Осталась минута ⏰",
            ["conversation"] = new JsonObject { ["id"] = "19:abc@thread.tacv2", ["serviceUrl"] = "https://smba.trafficmanager.net/emea/" },
        }.ToJsonString());

    private static void AssertSameJob(ScheduledJob expected, ScheduledJob actual)
    {
        Assert.Equal(expected.Key, actual.Key);
        Assert.Equal(expected.Kind, actual.Kind);
        Assert.Equal(expected.DueAt, actual.DueAt);
        Assert.Equal(expected.Payload, actual.Payload);
    }
}
