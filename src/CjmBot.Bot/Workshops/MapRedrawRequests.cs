using CjmBot.Workshops.LiveMap;
using Microsoft.Extensions.Logging;

namespace CjmBot.Bot.Workshops;

public static class MapRedrawRequests
{
    /// <summary>
    /// Requests a redraw after something the map shows was stored. A failure is logged, not thrown: what was stored
    /// is safe, and failing the turn now would only make people send it again; the next change redraws the map.
    /// </summary>
    public static async Task RequestAfterStoringAsync(this MapRenderSchedule renders, string workshopId, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(renders);
        try
        {
            await renders.RequestAsync(workshopId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.LiveMapRequestFailed(logger, exception, workshopId);
        }
    }
}
