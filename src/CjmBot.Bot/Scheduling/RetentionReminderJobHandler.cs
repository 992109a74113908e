using CjmBot.Bot.Chat;
using CjmBot.Bot.Routes;
using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Protocol.Turns;
using CjmBot.Bot.Voting;
using CjmBot.Workshops;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Retention;
using CjmBot.Workshops.Scheduling;

namespace CjmBot.Bot.Scheduling;

/// <summary>
/// Seven days before a closed workshop is deleted, its chat is reminded, and each facilitator in a personal chat (in a
/// channel or group chat the reminder may scroll by): export now or keep it longer. Only if the deletion the reminder was
/// set for still stands (not reopened, extended or kept forever since).
/// </summary>
public sealed class RetentionReminderJobHandler(
    IWorkshopRepository repository, RetentionPolicy policy, ChatAddresses addresses, OwnerNotifier notifier, ChannelAdapter adapter)
    : IScheduledJobHandler
{
    public string Kind => WorkshopRetention.ReminderKind;

    public async Task RunAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        if (WorkshopRetention.Read(job) is not { } retention
            || await repository.GetHeadAsync(retention.WorkshopId, cancellationToken).ConfigureAwait(false) is not { } head
            || policy.PlanFor(head.Frame, head.Progress) is not { DeleteOn: { } deleteOn } plan
            || (deleteOn - retention.DeleteOn).Duration() >= TimeSpan.FromSeconds(1) // storage may keep times less finely than the job's JSON
            || await addresses.GetAsync(retention.WorkshopId, cancellationToken).ConfigureAwait(false) is not { } reference)
        {
            return;
        }

        var text = RetentionText.For(head.Frame.Language).Reminder(ParticipantText.EscapeMarkdown(head.Frame.Title), AsyncTexts.DateTime(deleteOn), plan.Days);
        await adapter.ContinueConversationAsync(reference, async (turn, ct) =>
        {
            await turn.ReplyAsync(text, ct).ConfigureAwait(false);
            if (reference.Conversation?.ConversationType != "personal")
            {
                foreach (var facilitator in head.Frame.Facilitators)
                {
                    var name = facilitator == head.Frame.CreatedBy.Id ? head.Frame.CreatedBy.Name : "";
                    await notifier.TryNotifyAsync(turn, head.Frame.Id, new Participant(facilitator, name), text, ct).ConfigureAwait(false);
                }
            }
        }, cancellationToken).ConfigureAwait(false);
    }
}
