using System.Net;
using CjmBot.Bot.Scheduling;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Screens;
using CjmBot.Protocol.Connector;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;
using CjmBot.Workshops.Progress;
using CjmBot.Workshops.Scheduling;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CjmBot.Bot.LiveMap;

/// <summary>
/// One coalesced redraw of what a workshop keeps up to date in its chat, each part only when the workshop moved past what
/// it shows: the live map (one PUT; or, when the chat has moved far past it, the map posted again at the bottom and a
/// "map moved below" stub where it was), the current question card's count section (at most once every
/// <see cref="CountRedrawInterval"/>), and earlier map snapshots told that a newer map exists (a few per run). A call the
/// connector refuses for now (429, 412, 5xx, after the client's own retries) asks for another redraw a few seconds later.
/// </summary>
public sealed class MapRenderJobHandler(
    IWorkshopRepository repository,
    LiveMaps maps,
    MapRenderSchedule renders,
    ChannelAdapter adapter,
    IOptions<LiveMapOptions> options,
    TimeProvider time,
    ILogger<MapRenderJobHandler> logger) : IScheduledJobHandler
{
    /// <summary>
    /// The question card's count is redrawn at most this often, so that with the map's once a second a burst costs at most
    /// 1.5 calls a second (45 in 30 s): room under Teams' 60 per 30 s per conversation for the replies that must go out.
    /// </summary>
    public static readonly TimeSpan CountRedrawInterval = TimeSpan.FromSeconds(2);

    /// <summary>
    /// A map moves to the bottom at most this often: a move costs two calls (the new message and the stub), and in a fast
    /// chat every redraw would otherwise move it.
    /// </summary>
    public static readonly TimeSpan MinMoveInterval = TimeSpan.FromSeconds(10);

    /// <summary>Earlier map snapshots replaced by their pointer in one run (the rest in the next).</summary>
    public const int StubsPerRun = 2;

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

        var run = new Run(workshopId, live.State);
        await DrawMapAsync(run, workshop, cancellationToken).ConfigureAwait(false);
        await DrawQuestionCountAsync(run, workshop, cancellationToken).ConfigureAwait(false);
        await StubSupersededAsync(run, workshop.Frame.Language, cancellationToken).ConfigureAwait(false);
        if (!run.Changed)
        {
            Log.LiveMapUpToDate(logger, workshopId, workshop.Contributions.Count);
        }
        else if (!await maps.ChangeAsync(workshopId, run.Apply, cancellationToken, known: live).ConfigureAwait(false))
        {
            // Deleted while this redraw was under way: what it put back into the chat goes again.
            await maps.RetractAsync(workshopId, live.State with { MessageId = run.MovedTo ?? live.State.MessageId }, workshop.Frame.Language, cancellationToken)
                .ConfigureAwait(false);
            return;
        }

        if (run.OtherMapPosted)
        {
            await renders.RequestAsync(workshopId, cancellationToken).ConfigureAwait(false);
        }

        if (run.Refused is { } status)
        {
            var retried = await renders.RetryAsync(workshopId, attempt, cancellationToken).ConfigureAwait(false);
            Log.LiveMapUpdateFailed(logger, workshopId, (int)status, attempt + 1, retried);
        }
        else if (run.LaterAt is { } later)
        {
            await renders.RequestAtAsync(workshopId, later, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task DrawMapAsync(Run run, WorkshopSnapshot workshop, CancellationToken cancellationToken)
    {
        var state = run.Before;
        var watermark = MapWatermark.Of(workshop);
        if (!watermark.IsNewerThan(state.Rendered))
        {
            return;
        }

        var chatContributions = LiveMaps.ChatContributions(workshop);
        var messages = state.MessagesSince(chatContributions);
        var now = time.GetUtcNow();
        if (messages < options.Value.FollowAfterMessages || (state.PostedAt is { } posted && now - posted < MinMoveInterval))
        {
            var message = LiveMaps.Addressed(maps.Message(workshop, state.MessageId), state.Reference);
            if (await CallAsync(run, "map", () => adapter.UpdateActivityAsync(message, cancellationToken)).ConfigureAwait(false))
            {
                run.MapDrawn = (watermark, chatContributions);
                Log.LiveMapRendered(logger, workshop.Frame.Id, watermark.Contributions);
            }

            return;
        }

        ResourceResponse? sent = null;
        var fresh = LiveMaps.Addressed(maps.Message(workshop), state.Reference);
        if (!await CallAsync(run, "map", async () => sent = await adapter.SendActivityAsync(fresh, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false))
        {
            return;
        }

        run.MapDrawn = (watermark, chatContributions);
        if (sent?.Id is not { Length: > 0 } moved)
        {
            return;
        }

        run.MovedTo = moved;
        run.MovedAt = now;
        Log.LiveMapMoved(logger, workshop.Frame.Id, messages);
        var language = workshop.Frame.Language;
        run.MovedStubPending = !await CallAsync(
            run, "map stub", () => maps.StubAsync(state.MessageId, state.Reference, MapViewText.For(language).MapMovedBelow, language, cancellationToken))
            .ConfigureAwait(false);
    }

    private async Task DrawQuestionCountAsync(Run run, WorkshopSnapshot workshop, CancellationToken cancellationToken)
    {
        // Only in channels and group chats: a personal chat confirms every answer with a reply of its own.
        if (run.Before is not { Question: { } card } state || state.Reference.Conversation.ConversationType == ConversationTypes.Personal
            || workshop.Progress.Status == WorkshopStatus.Finished || workshop.Progress.Position != card.Position)
        {
            return;
        }

        var shown = QuestionCardCount.Of(workshop, card.Position);
        if (shown == new QuestionCardCount.Shown(card.Answers, card.People, card.Blind) && workshop.Progress.Revision == card.Revision)
        {
            return;
        }

        var now = time.GetUtcNow();
        if (now - card.DrawnAt < CountRedrawInterval)
        {
            run.LaterAt = card.DrawnAt + CountRedrawInterval;
            return;
        }

        var drawn = card with { Revision = workshop.Progress.Revision, Answers = shown.Answers, People = shown.People, Blind = shown.Blind, DrawnAt = now };
        var message = new Activity { Id = card.MessageId, Attachments = [Attachment.AdaptiveCard(QuestionCard.Create(new QuestionCardModel(workshop) { ShowControls = card.WithControls }))] };
        if (await CallAsync(run, "question card", () => adapter.UpdateActivityAsync(LiveMaps.Addressed(message, state.Reference), cancellationToken)).ConfigureAwait(false))
        {
            run.QuestionDrawn = drawn;
            Log.QuestionCountRendered(logger, workshop.Frame.Id, shown.Answers);
        }
    }

    private async Task StubSupersededAsync(Run run, Language language, CancellationToken cancellationToken)
    {
        var superseded = run.Before.Superseded ?? [];
        foreach (var messageId in superseded.Take(StubsPerRun))
        {
            if (!await CallAsync(run, "older map", () => maps.StubAsync(messageId, run.Before.Reference, MapViewText.For(language).NewerMapBelow, language, cancellationToken))
                .ConfigureAwait(false))
            {
                return;
            }

            run.Stubbed.Add(messageId);
        }

        if (superseded.Count > StubsPerRun)
        {
            run.LaterAt ??= time.GetUtcNow();
        }
    }

    /// <summary>
    /// One call to the chat: a refusal for now is kept for the retry; any other refusal (the message is gone, the bot may
    /// no longer post here) is logged and that part counts as done, since trying again would fail the same way.
    /// </summary>
    /// <returns>False when the call is to be tried again.</returns>
    private async Task<bool> CallAsync(Run run, string part, Func<Task> call)
    {
        try
        {
            await call().ConfigureAwait(false);
            return true;
        }
        catch (ConnectorException exception) when (IsTransient(exception.StatusCode))
        {
            run.Refused ??= exception.StatusCode;
            Log.LiveMessageUpdateFailed(logger, run.WorkshopId, part, (int)exception.StatusCode, retried: true);
            return false;
        }
        catch (ConnectorException exception)
        {
            Log.LiveMapUpdateRefused(logger, run.WorkshopId, (int)exception.StatusCode, exception.ErrorCode);
            return true;
        }
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed or HttpStatusCode.RequestTimeout || (int)status >= 500;

    /// <summary>What one redraw did, applied to the live map's latest state (which others may have changed meanwhile).</summary>
    private sealed class Run(string workshopId, LiveMapState before)
    {
        public string WorkshopId { get; } = workshopId;

        public LiveMapState Before { get; } = before;

        public (MapWatermark Watermark, int ChatContributions)? MapDrawn { get; set; }

        public string? MovedTo { get; set; }

        public DateTimeOffset? MovedAt { get; set; }

        /// <summary>The moved map's old message still shows the map: it is told like an older snapshot, later.</summary>
        public bool MovedStubPending { get; set; }

        public LiveQuestionCard? QuestionDrawn { get; set; }

        public List<string> Stubbed { get; } = [];

        public HttpStatusCode? Refused { get; set; }

        public DateTimeOffset? LaterAt { get; set; }

        /// <summary>A newer map message was posted (a <c>map</c> command) while this one was drawn: it needs a redraw of its own.</summary>
        public bool OtherMapPosted { get; private set; }

        public bool Changed => MapDrawn is not null || QuestionDrawn is not null || Stubbed.Count > 0;

        public LiveMapState? Apply(LiveMapState? latest)
        {
            if (latest is null)
            {
                return null;
            }

            var next = latest with { Superseded = latest.Superseded?.Except(Stubbed, StringComparer.Ordinal).ToList() };
            if (MapDrawn is { } map)
            {
                if (latest.MessageId != Before.MessageId)
                {
                    OtherMapPosted = true;
                    if (MovedTo is { } moved)
                    {
                        next = next with { Superseded = LiveMaps.Supersede(next.Superseded, moved, latest.MessageId) };
                    }
                }
                else if (MovedTo is { } moved)
                {
                    next = next with
                    {
                        MessageId = moved, Rendered = map.Watermark, PostedAfterContributions = map.ChatContributions, BotPostsSince = 0, PostedAt = MovedAt,
                        Superseded = MovedStubPending ? LiveMaps.Supersede(next.Superseded, Before.MessageId, moved) : next.Superseded,
                    };
                }
                else if (map.Watermark.IsNewerThan(latest.Rendered))
                {
                    next = next with { Rendered = map.Watermark };
                }
            }

            if (QuestionDrawn is { } question && latest.Question?.MessageId == question.MessageId)
            {
                next = next with { Question = question };
            }

            return next;
        }
    }
}
