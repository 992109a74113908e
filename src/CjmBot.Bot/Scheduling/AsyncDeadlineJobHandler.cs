using CjmBot.Bot.Async;
using CjmBot.Bot.Routes;
using CjmBot.Bot.Workshops;
using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;
using CjmBot.Workshops.Async;
using CjmBot.Workshops.Scheduling;
using Microsoft.Extensions.Logging;

namespace CjmBot.Bot.Scheduling;

/// <summary>
/// The deadline came: the async window closes (personal-chat answers are refused from now on) and the workshop's
/// conversation is told how many finished — no names there; <c>status</c> shows the facilitator who.
/// </summary>
public sealed class AsyncDeadlineJobHandler(
    IWorkshopRepository repository,
    ConversationReferences references,
    ChannelAdapter adapter,
    ILogger<AsyncDeadlineJobHandler> logger) : IScheduledJobHandler
{
    public string Kind => AsyncSchedule.DeadlineKind;

    public async Task RunAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        if (AsyncSchedule.ReadDeadline(job) is not var (workshopId, deadline))
        {
            return;
        }

        var window = await repository.GetAsyncWindowAsync(workshopId, cancellationToken).ConfigureAwait(false);
        var head = await repository.GetHeadAsync(workshopId, cancellationToken).ConfigureAwait(false);
        if (window is not { Closed: false } || window.Deadline != deadline || head is null)
        {
            return;
        }

        await repository.SaveAsyncWindowAsync(window with { Closed = true }, cancellationToken).ConfigureAwait(false);
        var all = await repository.ListInvitationsAsync(workshopId, cancellationToken).ConfigureAwait(false);
        var reached = all.Count(i => i.State != InvitationState.NotInstalled);
        var finished = all.Count(i => i.State == InvitationState.Finished);
        Log.AsyncWindowClosed(logger, workshopId, finished, reached);
        if (await references.GetAsync(workshopId, cancellationToken).ConfigureAwait(false) is { } reference)
        {
            var text = AsyncText.For(head.Frame.Language).WindowClosedNotice(ParticipantText.EscapeMarkdown(head.Frame.Title), finished, reached);
            await adapter.ContinueConversationAsync(reference, (turn, ct) => turn.ReplyAsync(text, ct), cancellationToken).ConfigureAwait(false);
        }
    }
}
