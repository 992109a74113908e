using System.Diagnostics;
using CjmBot.Workshops;
using Microsoft.Extensions.DependencyInjection;

namespace CjmBot.Benchmarks;

/// <summary>
/// (c) <c>storage-outage</c>: Azurite (disk mode) stops in the middle of a workshop. Answers sent while it is down must
/// each get one clear "could not save, send it again" reply (and an HTTP 200, not a 500), nothing acknowledged before may
/// be lost, and once Azurite is back on the same port and data the same bot (not restarted) records again: the answers
/// sent again and new ones, each once, and the live map catches up.
/// </summary>
internal static class StorageOutageScenario
{
    public const string Name = "storage-outage";
    private const int Users = 10;

    /// <summary>Part of the reply the bot sends when it cannot save (OutageTexts.English).</summary>
    private const string OutageReply = "could not save that";

    public static async Task RunAsync(BenchContext context, AzuriteProcess azurite, CancellationToken cancellationToken)
    {
        var results = context.Results;
        results.Section(Name, $"Azurite (disk mode) stopped mid-workshop with SIGINT, {Users} answers sent while it is down, then restarted on the same port and data.");
        var conversationId = $"19:so-{context.RunId}@thread.v2";
        var workshopId = await BurstScenario.StartWorkshopAsync(context, Name, conversationId, cancellationToken).ConfigureAwait(false);
        if (workshopId is null)
        {
            return;
        }

        var repository = context.Bot.Services.GetRequiredService<IWorkshopRepository>();
        var started = Stopwatch.GetTimestamp();
        var before = HarnessSteps.Answers(context, conversationId, "so-before", Users, 2);
        var beforeTurns = await HarnessSteps.SendAllAsync(context, before.Select(a => a.Activity).ToList(), Users, cancellationToken).ConfigureAwait(false);
        var acknowledged = before.Where((answer, i) => beforeTurns[i].Succeeded
            && !HarnessSteps.RepliesTo(context, conversationId, answer.Activity.Id!).Any(reply => IsOutageReply(reply))).ToList();

        var stopping = Stopwatch.GetTimestamp();
        await azurite.StopAsync(cancellationToken).ConfigureAwait(false);
        var stopTime = Stopwatch.GetElapsedTime(stopping);

        var during = HarnessSteps.Answers(context, conversationId, "so-during", Users, 1);
        var duringTurns = await HarnessSteps.SendAllAsync(context, during.Select(a => a.Activity).ToList(), Users, cancellationToken).ConfigureAwait(false);
        var outageReplies = during.Select(answer => HarnessSteps.RepliesTo(context, conversationId, answer.Activity.Id!).Count(IsOutageReply)).ToList();

        var restarting = Stopwatch.GetTimestamp();
        await azurite.RestartAsync(cancellationToken).ConfigureAwait(false);
        var restartTime = Stopwatch.GetElapsedTime(restarting);

        // The participants send again what was refused, and go on answering.
        var again = HarnessSteps.SentAgain(context, conversationId, during);
        var afterwards = HarnessSteps.Answers(context, conversationId, "so-after", Users, 1);
        var recoveredTurns = await HarnessSteps.SendAllAsync(context, again.Concat(afterwards).Select(a => a.Activity).ToList(), Users, cancellationToken).ConfigureAwait(false);
        var refusedAfter = again.Concat(afterwards).Count(answer => HarnessSteps.RepliesTo(context, conversationId, answer.Activity.Id!).Any(IsOutageReply));

        var expectedTotal = before.Count + again.Count + afterwards.Count;
        var map = await HarnessSteps.WaitForMapAsync(context, conversationId, started, expectedTotal, TimeSpan.FromSeconds(20), cancellationToken).ConfigureAwait(false);
        var all = before.Concat(again).Concat(afterwards).Select(answer => answer.Text).ToHashSet(StringComparer.Ordinal);
        var snapshot = await repository.LoadAsync(workshopId, cancellationToken).ConfigureAwait(false);
        var count = AnswerCount.Of(snapshot, all);
        var acknowledgedLost = AnswerCount.Of(snapshot, acknowledged.Select(answer => answer.Text).ToHashSet(StringComparer.Ordinal)).Lost;
        var serverErrors = beforeTurns.Concat(duringTurns).Concat(recoveredTurns).Count(turn => turn.StatusCode >= 500 || turn.StatusCode == 0);
        var duringErrors = duringTurns.Count(turn => !turn.Succeeded);

        results.Add(Name, "answers acknowledged before the outage", acknowledged.Count);
        results.Add(Name, "Azurite stop (SIGINT) took (s)", stopTime.TotalSeconds, "F2");
        results.Add(Name, "answers sent while storage was down", during.Count);
        results.Add(Name, "of those, answered 'could not save, send it again'", outageReplies.Count(replies => replies == 1));
        results.Add(Name, "HTTP status of those turns", string.Join(", ", duringTurns.Select(turn => turn.StatusCode).Distinct().Order()));
        results.AddLatency(Name, "turn latency while down", LatencySummary.Of(duringTurns.Select(turn => turn.Latency)));
        results.Add(Name, "Azurite restart on the same port and data took (s)", restartTime.TotalSeconds, "F2");
        results.Add(Name, "answers after the restart (sent again + new)", again.Count + afterwards.Count);
        results.Add(Name, "of those, refused", refusedAfter);
        results.Add(Name, "answers recorded in the end", count.Recorded);
        results.Add(Name, "acknowledged answers lost", acknowledgedLost);
        results.Add(Name, "answers lost", count.Lost);
        results.Add(Name, "answers duplicated", count.Duplicated);
        results.Add(Name, "HTTP 5xx or failed requests, whole scenario", serverErrors);
        results.Add(Name, $"map caught up with all {expectedTotal} answers", map is null ? "no" : "yes");

        if (acknowledged.Count != before.Count)
        {
            results.Fail(Name, $"only {acknowledged.Count} of {before.Count} answers were acknowledged before the outage");
        }

        if (outageReplies.Any(replies => replies != 1) || duringErrors > 0)
        {
            results.Fail(Name, $"while storage was down {outageReplies.Count(replies => replies == 1)} of {during.Count} answers got exactly one 'send it again' reply, {duringErrors} turns failed");
        }

        if (serverErrors > 0)
        {
            results.Fail(Name, $"{serverErrors} requests answered 5xx or failed");
        }

        if (refusedAfter > 0)
        {
            results.Fail(Name, $"{refusedAfter} answers were still refused after Azurite came back: the bot did not recover");
        }

        if (acknowledgedLost > 0 || count.Lost > 0 || count.Duplicated > 0)
        {
            results.Fail(Name, $"{acknowledgedLost} acknowledged answers lost, {count.Lost} lost in all, {count.Duplicated} duplicated");
        }

        if (map is null)
        {
            results.Fail(Name, $"the live map did not show all {expectedTotal} answers within 20 s of the recovery");
        }
    }

    private static bool IsOutageReply(ConnectorCall reply) => reply.Text?.Contains(OutageReply, StringComparison.Ordinal) == true;
}
