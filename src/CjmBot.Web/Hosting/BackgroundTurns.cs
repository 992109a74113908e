using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Turns;
using Microsoft.Extensions.Options;

namespace CjmBot.Web.Hosting;

/// <summary>
/// Runs turns apart from their HTTP requests, so that Teams is answered promptly while a turn's replies (which wait for
/// the Bot Connector) are still being sent. Turns under way are tracked, at most <see cref="MessagesEndpointOptions.MaxTurnsUnderway"/>
/// at once (beyond that a request waits for its own turn, as without this), and the host's stop waits for them: nothing
/// acknowledged is dropped by a shutdown.
/// </summary>
public sealed class BackgroundTurns(
    ChannelAdapter adapter, IBot bot, TimeProvider time, IOptions<MessagesEndpointOptions> options, ILogger<BackgroundTurns> logger) : IHostedService
{
    private readonly Lock _gate = new();
    private readonly HashSet<Task> _underway = [];

    public int Underway
    {
        get
        {
            lock (_gate)
            {
                return _underway.Count;
            }
        }
    }

    /// <summary>Starts the turn; false in <paramref name="mayAnswerEarly"/> when too many are under way (answer at its end then).</summary>
    public RunningTurn Start(Activity activity, out bool mayAnswerEarly)
    {
        var settings = options.Value;
        var timeout = new CancellationTokenSource(settings.TurnTimeout, time);
        var running = adapter.StartActivity(activity, bot, timeout.Token);
        var tracked = WatchAsync(running.Completion, timeout, activity, settings.TurnTimeout);
        lock (_gate)
        {
            mayAnswerEarly = _underway.Count < settings.MaxTurnsUnderway;
            _underway.Add(tracked);
        }

        _ = tracked.ContinueWith(done => Forget(done), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return running;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Waits for every turn under way (the host bounds the wait with its shutdown timeout).</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Task[] pending;
        lock (_gate)
        {
            pending = [.. _underway];
        }

        if (pending.Length > 0)
        {
            Log.DrainingTurns(logger, pending.Length);
            await Task.WhenAll(pending).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WatchAsync(Task<InvokeResponse?> completion, CancellationTokenSource timeout, Activity activity, TimeSpan limit)
    {
        try
        {
            await completion.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            Log.TurnTimedOut(logger, activity.Type, activity.Id, limit);
        }
        finally
        {
            timeout.Dispose();
        }
    }

    private void Forget(Task done)
    {
        lock (_gate)
        {
            _underway.Remove(done);
        }
    }
}
