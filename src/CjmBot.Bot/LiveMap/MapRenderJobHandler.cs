using System.Net;
using CjmBot.Bot.Scheduling;
using CjmBot.Protocol.Connector;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;
using CjmBot.Workshops.Scheduling;
using Microsoft.Extensions.Logging;

namespace CjmBot.Bot.LiveMap;

/// <summary>
/// Redraws a workshop's live map (one PUT of the map card into its message) when the workshop has moved past
/// what the message shows; does nothing otherwise. A PUT the connector refuses for now (429, 412, 5xx, after the
/// client's own retries) asks for another redraw a few seconds later instead of waiting for the job's lease.
/// </summary>
public sealed class MapRenderJobHandler(
    IWorkshopRepository repository,
    LiveMaps maps,
    MapRenderSchedule renders,
    ChannelAdapter adapter,
    ILogger<MapRenderJobHandler> logger) : IScheduledJobHandler
{
    public string Kind => MapRenderSchedule.Kind;

    public async Task RunAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        if (MapRenderSchedule.Read(job) is not { } render)
        {
            return;
        }

        var (workshopId, attempt) = render;

        var live = await maps.ReadAsync(workshopId, cancellationToken).ConfigureAwait(false);
        var workshop = live is null ? null : await repository.LoadAsync(workshopId, cancellationToken).ConfigureAwait(false);
        if (live is null || workshop is null)
        {
            Log.LiveMapMissing(logger, workshopId);
            return;
        }

        var watermark = MapWatermark.Of(workshop);
        if (!watermark.IsNewerThan(live.State.Rendered))
        {
            Log.LiveMapUpToDate(logger, workshopId, watermark.Contributions);
            return;
        }

        try
        {
            await adapter.UpdateActivityAsync(LiveMaps.Addressed(maps.Message(workshop, live.State.MessageId), live.State.Reference), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (ConnectorException exception) when (IsTransient(exception.StatusCode))
        {
            var retried = await renders.RetryAsync(workshopId, attempt, cancellationToken).ConfigureAwait(false);
            Log.LiveMapUpdateFailed(logger, workshopId, (int)exception.StatusCode, attempt + 1, retried);
            return;
        }
        catch (ConnectorException exception)
        {
            // The message is gone or the bot may no longer post here: redrawing again would fail the same way.
            Log.LiveMapUpdateRefused(logger, workshopId, (int)exception.StatusCode, exception.ErrorCode);
            return;
        }

        Log.LiveMapRendered(logger, workshopId, watermark.Contributions);
        if (!await maps.AdvanceAsync(workshopId, live, watermark, cancellationToken).ConfigureAwait(false))
        {
            // Deleted while this redraw was under way: what it put back into the chat goes again.
            await maps.RetractAsync(workshopId, live.State, workshop.Frame.Language, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed or HttpStatusCode.RequestTimeout || (int)status >= 500;
}
