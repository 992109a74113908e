using Stopwatch = System.Diagnostics.Stopwatch;
using CjmBot.Protocol.Schema;

namespace CjmBot.Benchmarks;

/// <summary>One answer the harness sends: the activity and the text the workshop must then hold.</summary>
internal sealed record SentAnswer(Activity Activity, string Text);

/// <summary>Steps the fault scenarios share: sending answers, waiting for the live map, finding the bot's replies.</summary>
internal static class HarnessSteps
{
    /// <summary><paramref name="users"/> participants, <paramref name="perUser"/> answers each, texts unique to the run and the tag.</summary>
    public static List<SentAnswer> Answers(BenchContext context, string conversationId, string tag, int users, int perUser)
    {
        var answers = new List<SentAnswer>(users * perUser);
        for (var answer = 0; answer < perUser; answer++)
        {
            for (var user = 0; user < users; user++)
            {
                var from = TeamsActivities.User($"29:{tag}-user-{user:00}", $"Participant {user:00}");
                var text = $"{tag} answer {answer} of participant {user:00} in run {context.RunId}";
                answers.Add(new SentAnswer(context.Activities.GroupMessage(conversationId, from, $"{tag}-{context.RunId}-u{user:00}-a{answer}", text), text));
            }
        }

        return answers;
    }

    /// <summary>The same participants sending the same texts again as new messages (new activity ids), as a user does when asked to.</summary>
    public static List<SentAnswer> SentAgain(BenchContext context, string conversationId, IEnumerable<SentAnswer> answers) =>
        answers.Select(answer => new SentAnswer(
            context.Activities.GroupMessage(conversationId, answer.Activity.From!, answer.Activity.Id + "-again", answer.Text),
            answer.Text)).ToList();

    /// <summary>Sends every activity, at most <paramref name="concurrency"/> at a time; results in the same order.</summary>
    public static async Task<TurnResult[]> SendAllAsync(BenchContext context, IReadOnlyList<Activity> activities, int concurrency, CancellationToken cancellationToken)
    {
        var turns = new TurnResult[activities.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, activities.Count),
            new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken },
            async (index, ct) => turns[index] = await context.Client.SendAsync(activities[index], ct).ConfigureAwait(false)).ConfigureAwait(false);
        await context.Bot.SettleAsync(cancellationToken).ConfigureAwait(false);
        return turns;
    }

    /// <summary>The first update of the live map since <paramref name="since"/> counting at least <paramref name="answers"/>; null after <paramref name="deadline"/>.</summary>
    public static async Task<ConnectorCall?> WaitForMapAsync(
        BenchContext context, string conversationId, long since, int answers, TimeSpan deadline, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < deadline)
        {
            var map = context.Connector.CallsFor(conversationId, since).FirstOrDefault(call => call.Method == "PUT" && call.MapAnswers >= answers);
            if (map is not null)
            {
                return map;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), context.Time, cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    /// <summary>The bot's replies (messages sent in reply) to the activity with id <paramref name="activityId"/>.</summary>
    public static List<ConnectorCall> RepliesTo(BenchContext context, string conversationId, string activityId) =>
        context.Connector.CallsFor(conversationId).Where(call => call.Method == "POST" && call.ReplyToId == activityId).ToList();

    /// <summary>The updates (PUT) of the live map in the conversation since <paramref name="since"/>.</summary>
    public static List<ConnectorCall> MapUpdates(BenchContext context, string conversationId, long since = long.MinValue) =>
        context.Connector.CallsFor(conversationId, since).Where(call => call.Method == "PUT" && call.MapAnswers is not null).ToList();
}
