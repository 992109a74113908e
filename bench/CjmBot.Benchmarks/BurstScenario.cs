using System.Globalization;
using Stopwatch = System.Diagnostics.Stopwatch;
using System.Text.Json.Nodes;
using CjmBot.Cards.Submissions;
using CjmBot.Protocol.Schema;
using CjmBot.Storage;
using CjmBot.Workshops;
using Microsoft.Extensions.DependencyInjection;

namespace CjmBot.Benchmarks;

/// <summary>What the burst left behind for the scenarios that follow it.</summary>
internal sealed record BurstOutcome(string ConversationId, string WorkshopId, IReadOnlyList<Activity> Answers, IReadOnlySet<string> ExpectedTexts);

/// <summary>
/// <c>burst</c>: a workshop in a group chat, then 50 participants answering the first question 10 times each,
/// all 500 answers sent within 10 seconds, then a count of what the repository holds, how soon the live map
/// (updated in place) shows all 500, and how the bot's calls into the conversation compare with Teams' limits.
/// </summary>
internal static class BurstScenario
{
    public const string Name = "burst";
    public const int Users = 50;
    public const int AnswersPerUser = 10;
    public const int ExpectedAnswers = Users * AnswersPerUser;

    /// <summary>
    /// Between one participant's answers; with the stagger below, the last answer is due 7 s after the first,
    /// leaving room for the sender itself falling behind on a busy machine before the 10 s the burst is meant to fit in.
    /// </summary>
    private static readonly TimeSpan Spacing = TimeSpan.FromMilliseconds(700);

    private static readonly TimeSpan TargetWindow = TimeSpan.FromSeconds(10);

    /// <summary>Between participants, so that they do not all hit the same millisecond.</summary>
    private static readonly TimeSpan Stagger = TimeSpan.FromMilliseconds(15);

    /// <summary>How long to wait after the burst for a map update showing every answer before calling it missing.</summary>
    private static readonly TimeSpan MapDeadline = TimeSpan.FromSeconds(20);

    /// <summary>The goal: the map shows the last answer this soon after its HTTP response.</summary>
    private static readonly TimeSpan MapTarget = TimeSpan.FromSeconds(2);

    /// <summary>After the map and the question card show everything: room for any late call, still counted in the windows.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(3);

    /// <summary>Teams' limits per conversation, all outbound calls counted (botframework-protocol.md §4.1).</summary>
    private static readonly (TimeSpan Window, int Limit)[] TeamsLimits =
    [
        (TimeSpan.FromSeconds(1), 7),
        (TimeSpan.FromSeconds(2), 8),
        (TimeSpan.FromSeconds(30), 60),
    ];

    public static async Task<BurstOutcome?> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var results = context.Results;
        results.Section(Name, $"A workshop in a group chat, then {Users} users x {AnswersPerUser} plain-text answers (bot @mentioned), sent concurrently.");
        var conversationId = $"19:bench-{context.RunId}@thread.v2";
        var repository = context.Bot.Services.GetRequiredService<IWorkshopRepository>();

        var workshopId = await StartWorkshopAsync(context, Name, conversationId, cancellationToken).ConfigureAwait(false);
        if (workshopId is null)
        {
            return null;
        }

        var answers = new List<Activity>(ExpectedAnswers);
        var expected = new HashSet<string>(StringComparer.Ordinal);
        var senders = new List<List<Activity>>(Users);
        for (var user = 0; user < Users; user++)
        {
            var from = TeamsActivities.User($"29:bench-user-{user:00}", $"Participant {user:00}");
            var own = new List<Activity>(AnswersPerUser);
            for (var answer = 0; answer < AnswersPerUser; answer++)
            {
                var text = $"Answer {answer} of participant {user:00} in run {context.RunId}";
                expected.Add(text);
                own.Add(context.Activities.GroupMessage(conversationId, from, $"burst-{context.RunId}-u{user:00}-a{answer}", text));
            }

            answers.AddRange(own);
            senders.Add(own);
        }

        var counter = context.Bot.Services.GetRequiredService<StorageRequestCounter>();
        var storageBefore = counter.Requests;
        var started = Stopwatch.GetTimestamp();
        var turns = await Task.WhenAll(senders.Select((activities, user) => SendScheduledAsync(context, activities, started, user, cancellationToken)))
            .ConfigureAwait(false);
        var finished = Stopwatch.GetTimestamp();
        await context.Bot.SettleAsync(cancellationToken).ConfigureAwait(false);
        var storageRequests = counter.Requests - storageBefore;
        var allTurns = turns.SelectMany(t => t).ToList();

        var snapshot = await repository.LoadAsync(workshopId, cancellationToken).ConfigureAwait(false);
        var count = AnswerCount.Of(snapshot, expected);
        var sentAt = allTurns.Select(turn => turn.SentAt).ToList();
        var errors = allTurns.Where(turn => !turn.Succeeded).ToList();
        var completeMap = await WaitForAsync(context, conversationId, finished, call => call.QuestionAnswers is null && call.MapAnswers >= ExpectedAnswers, cancellationToken)
            .ConfigureAwait(false);
        var completeCount = await WaitForAsync(
            context, conversationId, finished, call => call.Method == "PUT" && call.QuestionAnswers >= ExpectedAnswers, cancellationToken).ConfigureAwait(false);
        await Task.Delay(Quiet, context.Time, cancellationToken).ConfigureAwait(false);

        // Every call into the conversation from the burst's start until things went quiet: the map, its moves and stubs,
        // the question card's count, any reply.
        var calls = context.Connector.CallsFor(conversationId, started, Stopwatch.GetTimestamp());
        var mapUpdates = calls.Where(call => call.Method == "PUT" && call.QuestionAnswers is null && call.MapAnswers > 0).ToList();
        var mapMoves = calls.Where(call => call.Method == "POST" && call.QuestionAnswers is null && call.MapAnswers > 0).ToList();
        var countUpdates = calls.Where(call => call.Method == "PUT" && call.QuestionAnswers is not null).ToList();
        results.Add(Name, "answers expected", ExpectedAnswers);
        results.Add(Name, "answers recorded", count.Recorded);
        results.Add(Name, "answers lost", count.Lost);
        results.Add(Name, "answers duplicated", count.Duplicated);
        var window = Stopwatch.GetElapsedTime(sentAt.Min(), sentAt.Max());
        results.Add(Name, "send window, first to last request (s)", window.TotalSeconds, "F2");
        if (window > TargetWindow)
        {
            // Not a failure of the bot: the sending side could not keep to its schedule.
            Console.WriteLine($"  note: the answers took longer than {TargetWindow.TotalSeconds} s to send; the machine was too busy to keep the schedule");
        }

        results.Add(Name, "burst duration, first request to last response (s)", Stopwatch.GetElapsedTime(started, finished).TotalSeconds, "F2");
        results.Add(Name, "storage requests per answer", storageRequests / (double)ExpectedAnswers, "F2");
        results.AddLatency(Name, "turn latency", LatencySummary.Of(allTurns.Select(turn => turn.Latency)));
        results.Add(Name, "errors (non-2xx)", errors.Count);
        results.Add(Name, "map updates (PUT)", mapUpdates.Count);
        results.Add(Name, "map moved to the bottom (POST + stub)", mapMoves.Count);
        results.Add(Name, "question card count updates (PUT)", countUpdates.Count);
        var countDelay = completeCount is null ? (TimeSpan?)null : Stopwatch.GetElapsedTime(finished, completeCount.Timestamp);
        results.Add(Name, $"last answer's response to the question card counting all {ExpectedAnswers} (s)", countDelay is { } shown ? shown.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture) : "never");
        results.Add(Name, "answers on the first map update", mapUpdates.Count > 0 ? mapUpdates[0].MapAnswers ?? 0 : 0);
        var mapDelay = completeMap is null ? (TimeSpan?)null : Stopwatch.GetElapsedTime(finished, completeMap.Timestamp);
        results.Add(Name, $"last answer's response to the map showing all {ExpectedAnswers} (s)", mapDelay is { } delay ? delay.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture) : "never");
        results.Add(Name, "connector calls for the conversation (burst until quiet)", calls.Count);
        foreach (var (span, limit) in TeamsLimits)
        {
            var most = CallWindows.MaxIn(calls, span);
            results.Add(Name, $"connector calls, max in any {span.TotalSeconds:0} s (Teams limit {limit})", most);
            if (most > limit)
            {
                results.Fail(Name, $"{most} connector calls within {span.TotalSeconds:0} s, over Teams' limit of {limit}");
            }
        }

        if (mapDelay is null)
        {
            results.Fail(Name, $"no map update showed all {ExpectedAnswers} answers within {MapDeadline.TotalSeconds:0} s of the burst");
        }
        else if (mapDelay > MapTarget)
        {
            Console.WriteLine($"  note: the map showed the last answer {mapDelay.Value.TotalSeconds:F2} s after it, later than the {MapTarget.TotalSeconds:0} s goal");
        }

        if (completeCount is null)
        {
            results.Fail(Name, $"no question card update counted all {ExpectedAnswers} answers within {MapDeadline.TotalSeconds:0} s of the burst");
        }

        if (errors.Count > 0)
        {
            results.Fail(Name, $"{errors.Count} answers were refused, first: {errors[0]}");
        }

        if (count.Lost > 0)
        {
            results.Fail(Name, $"{count.Lost} answers lost");
        }

        if (count.Duplicated > 0)
        {
            results.Fail(Name, $"{count.Duplicated} answers duplicated");
        }

        return new BurstOutcome(conversationId, workshopId, answers, expected);
    }

    /// <summary>The first call after the burst that <paramref name="shows"/> says shows everything, waiting for it up to <see cref="MapDeadline"/>.</summary>
    private static async Task<ConnectorCall?> WaitForAsync(
        BenchContext context, string conversationId, long burstEnded, Func<ConnectorCall, bool> shows, CancellationToken cancellationToken)
    {
        while (Stopwatch.GetElapsedTime(burstEnded) < MapDeadline)
        {
            if (context.Connector.CallsFor(conversationId, burstEnded).FirstOrDefault(shows) is { } complete)
            {
                return complete;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), context.Time, cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    /// <summary>One participant: each answer leaves at its own time, without waiting for the previous turn, so a slow bot cannot stretch the burst.</summary>
    private static async Task<TurnResult[]> SendScheduledAsync(
        BenchContext context, List<Activity> activities, long started, int user, CancellationToken cancellationToken)
    {
        var turns = new List<Task<TurnResult>>(activities.Count);
        for (var i = 0; i < activities.Count; i++)
        {
            var due = Stagger * user + Spacing * i - Stopwatch.GetElapsedTime(started);
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due, context.Time, cancellationToken).ConfigureAwait(false);
            }

            turns.Add(context.Client.SendAsync(activities[i], cancellationToken));
        }

        return await Task.WhenAll(turns).ConfigureAwait(false);
    }

    /// <summary>Who starts every benchmark workshop (and so may steer it).</summary>
    public static readonly ChannelAccount Facilitator = TeamsActivities.User("29:bench-facilitator", "Facilitator");

    /// <summary>
    /// The facilitator sends <c>new</c>, then clicks the setup card's start button with valid inputs (two stages,
    /// one segment, no KPI). Returns the workshop id, or null after recording the failure under <paramref name="scenario"/>.
    /// </summary>
    public static async Task<string?> StartWorkshopAsync(
        BenchContext context, string scenario, string conversationId, CancellationToken cancellationToken, bool personal = false, ChannelAccount? facilitatorAccount = null)
    {
        var repository = context.Bot.Services.GetRequiredService<IWorkshopRepository>();
        var facilitator = facilitatorAccount ?? Facilitator;
        var results = context.Results;
        var newId = $"{scenario}-{context.RunId}-new-{conversationId}";
        var sent = await context.Client.SendAsync(
            personal ? context.Activities.PersonalMessage(conversationId, facilitator, newId, "new") : context.Activities.GroupMessage(conversationId, facilitator, newId, "new"),
            cancellationToken).ConfigureAwait(false);
        await context.Bot.SettleAsync(cancellationToken).ConfigureAwait(false);
        var posted = context.Connector.CallsFor(conversationId);
        var setupCard = posted.Count > 0 ? posted[^1] : null;
        if (!sent.Succeeded || setupCard is null)
        {
            results.Fail(scenario, $"'new' did not post the setup card: {sent}");
            return null;
        }

        var data = new JsonObject
        {
            [SetupInputs.Title] = "Checkout journey",
            [SetupInputs.Product] = "Online store",
            [SetupInputs.Goal] = "Find why people abandon checkout",
            [SetupInputs.MapType] = "CurrentState",
            [SetupInputs.Template] = "Custom",
            [SetupInputs.CustomStages] = "Search, Purchase",
            [SetupInputs.Segments] = "Small shop owner: runs a shop of 5",
            [SetupInputs.Kpi] = "false",
            [SetupInputs.Anonymous] = "false",
            [SetupInputs.Timebox] = "",
            [SetupInputs.Language] = "en",
        };
        var createId = $"{scenario}-{context.RunId}-create-{conversationId}";
        var created = await context.Client.SendAsync(
            personal
                ? context.Activities.PersonalCardAction(conversationId, facilitator, createId, setupCard.AssignedId, CreateWorkshopSubmit.VerbName, data)
                : context.Activities.GroupCardAction(conversationId, facilitator, createId, setupCard.AssignedId, CreateWorkshopSubmit.VerbName, data),
            cancellationToken).ConfigureAwait(false);
        await context.Bot.SettleAsync(cancellationToken).ConfigureAwait(false);
        var workshopId = (await repository.ReadConversationIndexAsync(conversationId, cancellationToken).ConfigureAwait(false)).ActiveWorkshopId;
        if (!created.Succeeded || workshopId is null)
        {
            results.Fail(scenario, $"the workshop was not created: {created}");
            return null;
        }

        if (!personal)
        {
            Console.WriteLine($"  workshop {workshopId} started in {conversationId}");
        }

        return workshopId;
    }
}
