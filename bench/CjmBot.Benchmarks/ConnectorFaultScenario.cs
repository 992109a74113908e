using System.Diagnostics;
using CjmBot.Workshops;
using Microsoft.Extensions.DependencyInjection;

namespace CjmBot.Benchmarks;

/// <summary>
/// (d) <c>connector-faults</c>: the Bot Connector refuses every second call, alternately 429 with <c>Retry-After: 1</c>
/// and 503, while a group answers. The bot must retry: every answer recorded once, the live map updated in place
/// (never posted again) until it shows every answer exactly once.
/// </summary>
internal static class ConnectorFaultScenario
{
    public const string Name = "connector-faults";
    private const int Users = 20;
    private const int AnswersPerUser = 10;
    private static readonly ConnectorFaults Faults = new(Every: 2, RetryAfter: TimeSpan.FromSeconds(1));
    private static readonly TimeSpan Spacing = TimeSpan.FromMilliseconds(500);

    public static async Task RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var results = context.Results;
        results.Section(Name, $"The connector refuses every {Faults.Every}nd call (429 with Retry-After {Faults.RetryAfter.TotalSeconds:0} s, 503, in turn); {Users} users x {AnswersPerUser} answers.");
        var conversationId = $"19:cf-{context.RunId}@thread.v2";
        var workshopId = await BurstScenario.StartWorkshopAsync(context, Name, conversationId, cancellationToken).ConfigureAwait(false);
        if (workshopId is null)
        {
            return;
        }

        var repository = context.Bot.Services.GetRequiredService<IWorkshopRepository>();
        var answers = HarnessSteps.Answers(context, conversationId, "cf", Users, AnswersPerUser);
        var refusedBefore = context.Connector.Refused;
        var started = Stopwatch.GetTimestamp();
        context.Connector.Faults = Faults;
        List<TurnResult> turns;
        ConnectorCall? map;
        try
        {
            // One round of answers every Spacing, all participants at once.
            turns = [];
            foreach (var round in answers.Chunk(Users))
            {
                turns.AddRange(await HarnessSteps.SendAllAsync(context, round.Select(answer => answer.Activity).ToList(), Users, cancellationToken).ConfigureAwait(false));
                await Task.Delay(Spacing, context.Time, cancellationToken).ConfigureAwait(false);
            }

            map = await HarnessSteps.WaitForMapAsync(context, conversationId, started, answers.Count, TimeSpan.FromSeconds(30), cancellationToken).ConfigureAwait(false);

            // Long enough for any redraw still queued (a refused update is tried again 3 s later) to arrive.
            await Task.Delay(TimeSpan.FromSeconds(4), context.Time, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            context.Connector.Faults = null;
        }

        var refused = context.Connector.Refused;
        var refused429 = refused.TooManyRequests - refusedBefore.TooManyRequests;
        var refused503 = refused.Unavailable - refusedBefore.Unavailable;
        var expected = answers.Select(answer => answer.Text).ToHashSet(StringComparer.Ordinal);
        var count = AnswerCount.Of(await repository.LoadAsync(workshopId, cancellationToken).ConfigureAwait(false), expected);
        var updates = HarnessSteps.MapUpdates(context, conversationId, started);
        var mapsPosted = context.Connector.CallsFor(conversationId, started).Count(call => call.Method == "POST" && call.MapAnswers > 0);
        var mostShown = updates.Count == 0 ? 0 : updates.Max(call => call.MapAnswers ?? 0);
        var lastShown = updates.Count == 0 ? 0 : updates[^1].MapAnswers ?? 0;
        var errors = turns.Where(turn => !turn.Succeeded).ToList();

        results.Add(Name, "answers sent", answers.Count);
        results.Add(Name, "answers recorded", count.Recorded);
        results.Add(Name, "answers lost", count.Lost);
        results.Add(Name, "answers duplicated", count.Duplicated);
        results.Add(Name, "connector calls refused with 429 (Retry-After)", refused429);
        results.Add(Name, "connector calls refused with 503", refused503);
        results.Add(Name, "map updates (PUT) that succeeded", updates.Count);
        results.Add(Name, "answers on the last map update", lastShown);
        results.Add(Name, "answers on any map update, most", mostShown);
        results.Add(Name, "map messages posted again instead of updated", mapsPosted);
        results.AddLatency(Name, "turn latency", LatencySummary.Of(turns.Select(turn => turn.Latency)));
        results.Add(Name, "errors (non-2xx)", errors.Count);

        if (refused429 == 0 || refused503 == 0)
        {
            results.Fail(Name, "the connector refused no call with 429 or none with 503: the scenario tested nothing");
        }

        if (count.Lost > 0 || count.Duplicated > 0)
        {
            results.Fail(Name, $"{count.Lost} answers lost, {count.Duplicated} duplicated");
        }

        if (map is null || lastShown != answers.Count)
        {
            results.Fail(Name, $"the last successful map update shows {lastShown} answers, not {answers.Count}");
        }

        if (mostShown > answers.Count)
        {
            results.Fail(Name, $"a map update showed {mostShown} answers: some were counted twice");
        }

        if (mapsPosted > 0)
        {
            results.Fail(Name, $"the map was posted again {mapsPosted} times instead of updated in place");
        }

        if (errors.Count > 0)
        {
            results.Fail(Name, $"{errors.Count} answers were refused, first: {errors[0]}");
        }
    }
}
