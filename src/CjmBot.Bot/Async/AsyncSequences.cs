using System.Text.Json.Nodes;
using CjmBot.Dialogs;
using CjmBot.Protocol.State;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops.Async;
using Microsoft.Extensions.Logging;

namespace CjmBot.Bot.Async;

/// <summary>Runs a turn of a contributor's sequence for one workshop: its own dialog state per workshop and person.</summary>
public sealed class AsyncSequences
{
    private readonly DialogRunner _runner;
    private readonly AsyncPlans _plans;
    private readonly DialogSet _dialogs;

    public AsyncSequences(DialogRunner runner, AsyncPlans plans, AsyncSequenceDialog dialog, ILogger<AsyncSequences> logger)
    {
        _runner = runner;
        _plans = plans;
        _dialogs = new DialogSet(logger).Add(dialog);
    }

    public static string StateKey(string workshopId, string userId) => StateKeys.Build("async", workshopId, userId);

    /// <param name="begin">Start pressed: the questions open now are planned, in case the sequence begins in this turn.</param>
    public async Task<DialogTurnResult> RunAsync(ITurnContext turn, Invitation invitation, bool begin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        JsonObject? options = null;
        if (begin && await _plans.ForAsync(invitation.WorkshopId, invitation.Person.Id, invitation.Role, cancellationToken).ConfigureAwait(false) is { } plan)
        {
            options = new JsonObject
            {
                ["workshopId"] = invitation.WorkshopId,
                ["items"] = new JsonArray([.. plan.Open.Select(item => (JsonNode?)JsonValue.Create(item.Encode()))]),
            };
        }

        try
        {
            return await _runner.RunAsync(turn, _dialogs, AsyncSequenceDialog.DialogId, StateKey(invitation.WorkshopId, invitation.Person.Id), options, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (StateConflictException)
        {
            // Two turns of the same person at once (a double click): the other one's position stands.
            return DialogTurnResult.EndOfTurn;
        }
    }
}
