using CjmBot.Application.UseCases.Contributors;
using CjmBot.Bot.Async;
using CjmBot.Bot.Chat;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;
using CjmBot.Workshops.Async;
using CjmBot.Workshops.Scheduling;
using Microsoft.Extensions.Logging;

namespace CjmBot.Bot.Scheduling;

/// <summary>
/// Reminds a contributor, privately in their personal chat, that their answers are still missing. Does nothing
/// when they have finished, the window closed or the deadline changed since the reminder was set. Changes nothing.
/// </summary>
public sealed class AsyncReminderJobHandler(IWorkshopRepository repository, ChannelAdapter adapter, ILogger<AsyncReminderJobHandler> logger)
    : IScheduledJobHandler
{
    public string Kind => AsyncSchedule.ReminderKind;

    public async Task RunAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        if (AsyncSchedule.ReadReminder(job) is not { } reminder)
        {
            return;
        }

        var window = await repository.GetAsyncWindowAsync(reminder.WorkshopId, cancellationToken).ConfigureAwait(false);
        var invitation = await repository.GetInvitationAsync(reminder.WorkshopId, reminder.UserId, cancellationToken).ConfigureAwait(false);
        var reference = ChatAddresses.Read(invitation?.ChatReference);
        if (window is not { Closed: false } || window.Deadline != reminder.Deadline
            || invitation is not { State: InvitationState.Invited } || reference is null)
        {
            Log.AsyncReminderSkipped(logger, reminder.WorkshopId, reminder.Label);
            return;
        }

        if (await ContributorPlan.ForAsync(repository, invitation.WorkshopId, invitation.Person.Id, invitation.Role, cancellationToken).ConfigureAwait(false) is not { } plan)
        {
            return;
        }

        var card = AsyncInvitations.Card(plan, reminder.Deadline, isReminder: true);
        await adapter.ContinueConversationAsync(reference, (turn, ct) => turn.SendActivityAsync(card, ct), cancellationToken).ConfigureAwait(false);
        Log.AsyncReminderSent(logger, reminder.WorkshopId, reminder.Label);
    }
}
