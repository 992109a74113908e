using System.Diagnostics;
using CjmBot.Workshops;
using CjmBot.Workshops.Questions;
using Microsoft.Extensions.DependencyInjection;

namespace CjmBot.Benchmarks;

/// <summary>
/// (e) <c>host-restart</c>: the bot host stops in the middle of a workshop (after answers and a <c>next</c>) and a new
/// host starts over the same storage. The session must continue from storage: the new host records the next answers
/// against the question the facilitator moved to, and updates the same live-map message until it shows every answer.
/// </summary>
internal static class HostRestartScenario
{
    public const string Name = "host-restart";
    private const int Users = 10;

    /// <summary>Runs the scenario; <paramref name="restart"/> stops the current host and returns a context on a new one.</summary>
    public static async Task<BenchContext> RunAsync(BenchContext context, Func<Task<BenchContext>> restart, CancellationToken cancellationToken)
    {
        var results = context.Results;
        results.Section(Name, $"{Users} answers and 'next' on one host, the host stopped and a new one started over the same Azurite, then {Users} more answers.");
        var conversationId = $"19:hr-{context.RunId}@thread.v2";
        var workshopId = await BurstScenario.StartWorkshopAsync(context, Name, conversationId, cancellationToken).ConfigureAwait(false);
        if (workshopId is null)
        {
            return context;
        }

        var started = Stopwatch.GetTimestamp();
        var first = HarnessSteps.Answers(context, conversationId, "hr-first", Users, 1);
        var turns = (await HarnessSteps.SendAllAsync(context, first.Select(a => a.Activity).ToList(), Users, cancellationToken).ConfigureAwait(false)).ToList();
        turns.Add(await context.Client.SendAsync(
            context.Activities.GroupMessage(conversationId, BurstScenario.Facilitator, $"hr-{context.RunId}-next", "next"), cancellationToken).ConfigureAwait(false));
        await context.Bot.SettleAsync(cancellationToken).ConfigureAwait(false);
        var mapBefore = await HarnessSteps.WaitForMapAsync(context, conversationId, started, first.Count, TimeSpan.FromSeconds(20), cancellationToken).ConfigureAwait(false);

        var restarting = Stopwatch.GetTimestamp();
        context = await restart().ConfigureAwait(false);
        var restartTime = Stopwatch.GetElapsedTime(restarting);

        var second = HarnessSteps.Answers(context, conversationId, "hr-second", Users, 1);
        var resumed = Stopwatch.GetTimestamp();
        turns.AddRange(await HarnessSteps.SendAllAsync(context, second.Select(a => a.Activity).ToList(), Users, cancellationToken).ConfigureAwait(false));
        var total = first.Count + second.Count;
        var mapAfter = await HarnessSteps.WaitForMapAsync(context, conversationId, resumed, total, TimeSpan.FromSeconds(20), cancellationToken).ConfigureAwait(false);

        var repository = context.Bot.Services.GetRequiredService<IWorkshopRepository>();
        var snapshot = await repository.LoadAsync(workshopId, cancellationToken).ConfigureAwait(false);
        var head = await repository.GetHeadAsync(workshopId, cancellationToken).ConfigureAwait(false);
        var count = AnswerCount.Of(snapshot, first.Concat(second).Select(answer => answer.Text).ToHashSet(StringComparer.Ordinal));
        var secondTexts = second.Select(answer => answer.Text).ToHashSet(StringComparer.Ordinal);
        var secondQuestion = head is null ? null : (QuestionKey?)head.Frame.Questions[1];
        var onNextQuestion = (snapshot?.Contributions ?? []).Count(c => secondTexts.Contains(c.Text ?? "") && c.Question == secondQuestion);
        var sameMessage = mapBefore is not null && mapAfter is not null && mapBefore.AssignedId == mapAfter.AssignedId;
        var errors = turns.Where(turn => !turn.Succeeded).ToList();

        results.Add(Name, "answers before the restart", first.Count);
        results.Add(Name, "host stop and start took (s)", restartTime.TotalSeconds, "F2");
        results.Add(Name, "answers after the restart", second.Count);
        results.Add(Name, "of those, recorded on the question 'next' moved to", onNextQuestion);
        results.Add(Name, "answers lost", count.Lost);
        results.Add(Name, "answers duplicated", count.Duplicated);
        results.Add(Name, $"the new host's map shows all {total} in the same message", sameMessage ? "yes" : "no");
        results.Add(Name, "errors (non-2xx)", errors.Count);

        if (count.Lost > 0 || count.Duplicated > 0)
        {
            results.Fail(Name, $"{count.Lost} answers lost, {count.Duplicated} duplicated across the restart");
        }

        if (onNextQuestion != second.Count)
        {
            results.Fail(Name, $"only {onNextQuestion} of {second.Count} answers after the restart were recorded on the question 'next' moved to");
        }

        if (!sameMessage)
        {
            results.Fail(Name, "the new host did not update the same live-map message with every answer");
        }

        if (errors.Count > 0)
        {
            results.Fail(Name, $"{errors.Count} turns were refused, first: {errors[0]}");
        }

        return context;
    }
}
