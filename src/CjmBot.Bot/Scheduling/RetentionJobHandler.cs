using CjmBot.Application;
using CjmBot.Application.Requests;
using CjmBot.Application.UseCases.Sessions;
using CjmBot.Bot.Chat;
using CjmBot.Bot.LiveMap;
using CjmBot.Bot.Routes;
using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;
using CjmBot.Workshops.Scheduling;

namespace CjmBot.Bot.Scheduling;

/// <summary>
/// A closed workshop's retention ran out: it is deleted the way a facilitator's <c>delete</c> deletes it (the application
/// checks it is still due: reopened or extended since, it stays), its live map leaves the chat and the chat is told.
/// Runs once however many instances poll: the job is claimed by one, and a second run finds the workshop gone.
/// </summary>
public sealed class RetentionJobHandler(UseCaseRunner workshops, IWorkshopRepository repository, ChatAddresses addresses, LiveMaps maps, ChannelAdapter adapter)
    : IScheduledJobHandler
{
    public string Kind => WorkshopRetention.DeletionKind;

    public async Task RunAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        if (WorkshopRetention.Read(job) is not { } retention
            || await repository.GetHeadAsync(retention.WorkshopId, cancellationToken).ConfigureAwait(false) is not { } head)
        {
            return;
        }

        // The chat's address lives in the workshop's partition: read it before the partition goes.
        var reference = await addresses.GetAsync(retention.WorkshopId, cancellationToken).ConfigureAwait(false);
        var origin = Origin.System(head.Frame.ConversationId, $"retention|{retention.DeleteOn.UtcTicks}");
        if (await workshops.RunAsync(new ExpireWorkshop(origin, retention.WorkshopId), cancellationToken).ConfigureAwait(false) is not WorkshopExpired expired)
        {
            return;
        }

        var frame = expired.Deleted.Workshop.Frame;
        if (LiveMaps.Read(expired.Deleted.LiveMap) is { State: var map })
        {
            await maps.RetractAsync(frame.Id, map, frame.Language, cancellationToken).ConfigureAwait(false);
        }

        if (reference is not null)
        {
            var text = RetentionText.For(frame.Language).Expired(ParticipantText.EscapeMarkdown(frame.Title), expired.Plan.Days);
            await adapter.ContinueConversationAsync(reference, (turn, ct) => turn.ReplyAsync(text, ct), cancellationToken).ConfigureAwait(false);
        }
    }
}
