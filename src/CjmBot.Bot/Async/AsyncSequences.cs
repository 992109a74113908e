using System.Text.Json;
using CjmBot.Application.UseCases.Contributors;
using CjmBot.Bot.State;
using CjmBot.Dialogs;
using CjmBot.Protocol.State;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;
using CjmBot.Workshops.Async;
using Microsoft.Extensions.Logging;

namespace CjmBot.Bot.Async;

/// <summary>
/// Runs a turn of a contributor's sequence for one workshop: its own dialog state per person, a state item of that
/// workshop (so it goes with it).
/// </summary>
public sealed class AsyncSequences
{
    private readonly DialogRunner _runner;
    private readonly DialogSet _dialogs;
    private readonly IWorkshopRepository _repository;
    private readonly ILogger<DialogStateStore> _storeLogger;

    public AsyncSequences(DialogRunner runner, AsyncSequenceDialog dialog, IWorkshopRepository repository, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(loggers);
        _runner = runner;
        _repository = repository;
        _dialogs = new DialogSet(loggers.CreateLogger<AsyncSequences>()).Add(dialog);
        _storeLogger = loggers.CreateLogger<DialogStateStore>();
    }

    /// <summary>The state item of a person's sequence in the workshop.</summary>
    public static string StateName(string userId) => StateKeys.Build("sequence", userId);

    /// <param name="plan">Start pressed: the questions open now, in case the sequence begins in this turn.</param>
    public async Task<DialogTurnResult> RunAsync(ITurnContext turn, Invitation invitation, ContributorPlan? plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        JsonElement? options = plan is null
            ? null
            : JsonSerializer.SerializeToElement(
                new AsyncSequenceOptions(invitation.WorkshopId, [.. plan.Open.Select(item => item.Encode())]), BotJsonContext.Default.AsyncSequenceOptions);
        var store = new DialogStateStore(new WorkshopStateStore(_repository, invitation.WorkshopId), _storeLogger);
        try
        {
            return await _runner.RunAsync(turn, _dialogs, AsyncSequenceDialog.DialogId, store, StateName(invitation.Person.Id), options, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (StateConflictException)
        {
            // Two turns of the same person at once (a double click), or the workshop went away: the other one's position stands.
            return DialogTurnResult.EndOfTurn;
        }
    }
}
