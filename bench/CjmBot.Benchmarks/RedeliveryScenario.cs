using System.Diagnostics;
using CjmBot.Workshops;
using Microsoft.Extensions.DependencyInjection;

namespace CjmBot.Benchmarks;

/// <summary>
/// <c>redelivery</c>: Teams redelivers an activity when the bot answered too slowly; 100 of the burst's answers
/// arrive again with the same ids and must neither be recorded twice nor answered twice.
/// </summary>
internal static class RedeliveryScenario
{
    public const string Name = "redelivery";
    private const int Redelivered = 100;
    private const int Concurrency = 10;

    public static async Task RunAsync(BenchContext context, BurstOutcome burst, CancellationToken cancellationToken)
    {
        var results = context.Results;
        results.Section(Name, $"{Redelivered} of the burst's answers posted again with the same activity ids, {Concurrency} at a time.");
        var repository = context.Bot.Services.GetRequiredService<IWorkshopRepository>();
        var before = AnswerCount.Of(await repository.LoadAsync(burst.WorkshopId, cancellationToken).ConfigureAwait(false), burst.ExpectedTexts);

        // Every fifth answer: all participants, all positions in their sequence.
        var again = burst.Answers.Where((_, index) => index % (burst.Answers.Count / Redelivered) == 0).Take(Redelivered).ToList();
        var turns = new TurnResult[again.Count];
        var started = Stopwatch.GetTimestamp();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, again.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken },
            async (index, ct) => turns[index] = await context.Client.SendAsync(again[index], ct).ConfigureAwait(false)).ConfigureAwait(false);
        var finished = Stopwatch.GetTimestamp();
        await context.Bot.SettleAsync(cancellationToken).ConfigureAwait(false);

        var after = AnswerCount.Of(await repository.LoadAsync(burst.WorkshopId, cancellationToken).ConfigureAwait(false), burst.ExpectedTexts);
        var errors = turns.Where(turn => !turn.Succeeded).ToList();
        results.Add(Name, "activities redelivered", again.Count);
        results.Add(Name, "answers recorded before", before.Recorded);
        results.Add(Name, "answers recorded after", after.Recorded);
        results.Add(Name, "answers duplicated", after.Duplicated);
        results.AddLatency(Name, "turn latency", LatencySummary.Of(turns.Select(turn => turn.Latency)));
        results.Add(Name, "errors (non-2xx)", errors.Count);
        results.Add(Name, "connector calls for the conversation", context.Connector.CallsFor(burst.ConversationId, started, finished).Count);

        if (after.Recorded != before.Recorded)
        {
            results.Fail(Name, $"the recorded count changed from {before.Recorded} to {after.Recorded}");
        }

        if (after.Duplicated > 0)
        {
            results.Fail(Name, $"{after.Duplicated} answers duplicated");
        }

        if (errors.Count > 0)
        {
            results.Fail(Name, $"{errors.Count} redeliveries were refused, first: {errors[0]}");
        }
    }
}
