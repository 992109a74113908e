using CjmBot.Protocol.Schema;

namespace CjmBot.Benchmarks;

/// <summary>
/// <c>help-latency</c>: sequential <c>help</c> messages in a personal chat, each a whole turn (parse, route,
/// state, the help card sent to the connector), timed from request to response.
/// </summary>
internal static class HelpLatencyScenario
{
    public const string Name = "help-latency";
    private const int WarmUp = 20;
    private const int Measured = 200;

    public static async Task RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var results = context.Results;
        results.Section(Name, $"{Measured} sequential 'help' messages in a personal chat after {WarmUp} warm-up requests.");
        var conversationId = $"a:bench-personal-{context.RunId}";
        var user = TeamsActivities.User("29:bench-help-user", "Help User");

        for (var i = 0; i < WarmUp; i++)
        {
            var warmUp = await context.Client.SendAsync(Help(context, conversationId, user, $"help-warmup-{i}"), cancellationToken).ConfigureAwait(false);
            if (!warmUp.Succeeded)
            {
                results.Fail(Name, $"warm-up request {i} failed: {warmUp}");
                return;
            }
        }

        var before = context.Connector.CallsFor(conversationId).Count;
        var turns = new List<TurnResult>(Measured);
        for (var i = 0; i < Measured; i++)
        {
            turns.Add(await context.Client.SendAsync(Help(context, conversationId, user, $"help-{i}"), cancellationToken).ConfigureAwait(false));
        }

        var errors = turns.Where(turn => !turn.Succeeded).ToList();
        results.Add(Name, "turns measured", turns.Count);
        results.AddLatency(Name, "turn latency", LatencySummary.Of(turns.Select(turn => turn.Latency)));
        results.Add(Name, "errors (non-2xx)", errors.Count);
        results.Add(Name, "connector calls per turn", (context.Connector.CallsFor(conversationId).Count - before) / (double)Measured, "F2");
        if (errors.Count > 0)
        {
            results.Fail(Name, $"{errors.Count} help turns failed, first: {errors[0]}");
        }
    }

    private static Activity Help(BenchContext context, string conversationId, ChannelAccount user, string activityId) =>
        context.Activities.PersonalMessage(conversationId, user, $"{activityId}-{context.RunId}", "help");
}
