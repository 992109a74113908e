using CjmBot.Application;
using CjmBot.Application.Requests;
using CjmBot.Application.UseCases.Contributors;
using CjmBot.Bot.Async;
using CjmBot.Bot.Chat;
using CjmBot.Bot.Routes;
using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;
using CjmBot.Workshops.Scheduling;

namespace CjmBot.Bot.Scheduling;

/// <summary>
/// The deadline came: the async window closes (personal-chat answers are refused from now on) and the workshop's
/// conversation is told how many finished — no names there; <c>status</c> shows the facilitator who.
/// </summary>
public sealed class AsyncDeadlineJobHandler(UseCaseRunner workshops, IWorkshopRepository repository, ChatAddresses addresses, ChannelAdapter adapter)
    : IScheduledJobHandler
{
    public string Kind => AsyncSchedule.DeadlineKind;

    public async Task RunAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        if (AsyncSchedule.ReadDeadline(job) is not { } deadline
            || await repository.GetHeadAsync(deadline.WorkshopId, cancellationToken).ConfigureAwait(false) is not { } head)
        {
            return;
        }

        var origin = Origin.System(head.Frame.ConversationId, $"deadline|{deadline.Deadline.UtcTicks}");
        var outcome = await workshops.RunAsync(new CloseContributions(origin, deadline.WorkshopId, deadline.Deadline), cancellationToken).ConfigureAwait(false);
        if (outcome is ContributionsClosedAtDeadline closed && await addresses.GetAsync(deadline.WorkshopId, cancellationToken).ConfigureAwait(false) is { } reference)
        {
            var text = AsyncText.For(head.Frame.Language).WindowClosedNotice(ParticipantText.EscapeMarkdown(head.Frame.Title), closed.Finished, closed.Reached);
            await adapter.ContinueConversationAsync(reference, (turn, ct) => turn.ReplyAsync(text, ct), cancellationToken).ConfigureAwait(false);
        }
    }
}
