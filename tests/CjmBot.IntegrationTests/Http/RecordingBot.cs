using System.Collections.Concurrent;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Turns;

namespace CjmBot.IntegrationTests.Http;

/// <summary>A bot that only remembers what reached it, and answers invokes when told how.</summary>
internal sealed class RecordingBot : IBot
{
    public ConcurrentQueue<Activity> Received { get; } = new();

    /// <summary>What to answer to an invoke; null leaves it unanswered (501).</summary>
    public Func<Activity, InvokeResponse?>? InvokeAnswer { get; set; }

    /// <summary>Runs inside the turn after recording (e.g. to hang until the turn is cancelled).</summary>
    public Func<CancellationToken, Task>? During { get; set; }

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        Received.Enqueue(turnContext.Activity);
        if (During is not null)
        {
            await During(cancellationToken);
        }

        if (turnContext.Activity.Type == ActivityTypes.Invoke && InvokeAnswer?.Invoke(turnContext.Activity) is { } answer)
        {
            turnContext.InvokeResponse = answer;
        }
    }
}
