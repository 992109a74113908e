using System.Diagnostics;
using CjmBot.Workshops;
using Microsoft.Extensions.DependencyInjection;

namespace CjmBot.Benchmarks;

/// <summary>
/// (b) <c>double-delivery</c>: every activity of a workshop arrives twice, as Teams redelivers when a turn is slow:
/// half of the answers with both copies at once, half with the copy after the first has been answered, and the
/// facilitator's <c>next</c> twice. Each answer must be recorded once and the session must move one question only.
/// </summary>
internal static class DoubleDeliveryScenario
{
    public const string Name = "double-delivery";
    private const int Users = 30;
    private const int AnswersPerUser = 5;
    private const int Concurrency = 16;

    public static async Task RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var results = context.Results;
        results.Section(Name, $"A workshop in a group chat; {Users} users x {AnswersPerUser} answers and the facilitator's 'next', every activity delivered twice.");
        var conversationId = $"19:dd-{context.RunId}@thread.v2";
        var workshopId = await BurstScenario.StartWorkshopAsync(context, Name, conversationId, cancellationToken).ConfigureAwait(false);
        if (workshopId is null)
        {
            return;
        }

        var repository = context.Bot.Services.GetRequiredService<IWorkshopRepository>();
        var answers = HarnessSteps.Answers(context, conversationId, "dd", Users, AnswersPerUser);
        var started = Stopwatch.GetTimestamp();
        var turns = new List<TurnResult>();
        var gate = new Lock();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, answers.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken },
            async (index, ct) =>
            {
                var activity = answers[index].Activity;
                TurnResult[] pair = index % 2 == 0
                    ? await Task.WhenAll(context.Client.SendAsync(activity, ct), context.Client.SendAsync(activity, ct)).ConfigureAwait(false)
                    : [await context.Client.SendAsync(activity, ct).ConfigureAwait(false), await context.Client.SendAsync(activity, ct).ConfigureAwait(false)];
                lock (gate)
                {
                    turns.AddRange(pair);
                }
            }).ConfigureAwait(false);

        var before = await repository.GetHeadAsync(workshopId, cancellationToken).ConfigureAwait(false);
        var next = context.Activities.GroupMessage(conversationId, BurstScenario.Facilitator, $"dd-{context.RunId}-next", "next");
        turns.Add(await context.Client.SendAsync(next, cancellationToken).ConfigureAwait(false));
        turns.Add(await context.Client.SendAsync(next, cancellationToken).ConfigureAwait(false));
        await context.Bot.SettleAsync(cancellationToken).ConfigureAwait(false);
        var after = await repository.GetHeadAsync(workshopId, cancellationToken).ConfigureAwait(false);

        var expected = answers.Select(answer => answer.Text).ToHashSet(StringComparer.Ordinal);
        var count = AnswerCount.Of(await repository.LoadAsync(workshopId, cancellationToken).ConfigureAwait(false), expected);
        var map = await HarnessSteps.WaitForMapAsync(context, conversationId, started, answers.Count, TimeSpan.FromSeconds(20), cancellationToken).ConfigureAwait(false);
        var errors = turns.Where(turn => !turn.Succeeded).ToList();
        var moved = (after?.Progress.Position.Question ?? -1) - (before?.Progress.Position.Question ?? 0);
        var nextReplies = HarnessSteps.RepliesTo(context, conversationId, next.Id!).Count;

        results.Add(Name, "activities delivered twice", answers.Count + 1);
        results.Add(Name, "deliveries sent", turns.Count);
        results.Add(Name, "answers recorded", count.Recorded);
        results.Add(Name, "answers lost", count.Lost);
        results.Add(Name, "answers duplicated", count.Duplicated);
        results.Add(Name, "questions moved by 'next' delivered twice", moved);
        results.Add(Name, "bot messages in reply to 'next' delivered twice", nextReplies);
        results.AddLatency(Name, "turn latency", LatencySummary.Of(turns.Select(turn => turn.Latency)));
        results.Add(Name, "errors (non-2xx)", errors.Count);
        results.Add(Name, $"map showed all {answers.Count} answers", map is null ? "no" : "yes");

        if (count.Lost > 0 || count.Duplicated > 0)
        {
            results.Fail(Name, $"{count.Lost} answers lost, {count.Duplicated} duplicated");
        }

        if (moved != 1)
        {
            results.Fail(Name, $"'next' delivered twice moved the session by {moved} questions instead of 1");
        }

        if (nextReplies > 1)
        {
            results.Fail(Name, $"'next' delivered twice was answered {nextReplies} times");
        }

        if (errors.Count > 0)
        {
            results.Fail(Name, $"{errors.Count} deliveries were refused, first: {errors[0]}");
        }

        if (map is null)
        {
            results.Fail(Name, $"no map update showed all {answers.Count} answers within 20 s");
        }
    }
}
