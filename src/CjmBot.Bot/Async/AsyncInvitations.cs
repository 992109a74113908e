using System.Net;
using CjmBot.Bot.Routes;
using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Screens;
using CjmBot.Protocol.Connector;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;
using CjmBot.Workshops.Async;
using CjmBot.Workshops.Frame;
using Microsoft.Extensions.Logging;

namespace CjmBot.Bot.Async;

/// <summary>
/// Opens a personal chat with each invited person (proactive create-conversation in the tenant) and sends the
/// invitation card there. Someone the bot cannot reach (Teams answers 403 or 404 when the app is not installed for
/// them) is recorded as such and reported to the facilitator, not lost.
/// </summary>
public sealed class AsyncInvitations(
    IWorkshopRepository repository,
    AsyncPlans plans,
    AsyncSchedule schedule,
    TimeProvider time,
    ILogger<AsyncInvitations> logger)
{
    /// <returns>The report for the facilitator.</returns>
    public async Task<string> InviteAsync(
        ITurnContext turn, WorkshopHead head, IReadOnlyList<ChannelAccount> people, string? role, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(head);
        var text = AsyncText.For(head.Frame.Language);
        var window = await repository.GetAsyncWindowAsync(head.Frame.Id, cancellationToken).ConfigureAwait(false);
        var invited = new List<string>();
        var notInstalled = new List<string>();
        var finished = new List<string>();

        // Read once for everyone invited now, not once per person.
        WorkshopSnapshot? workshop = null;
        IReadOnlyList<RoleAssignment>? roles = null;
        foreach (var person in people.DistinctBy(person => person.Id))
        {
            var name = person.Name is { Length: > 0 } given ? given : person.Id;
            var existing = await repository.GetInvitationAsync(head.Frame.Id, person.Id, cancellationToken).ConfigureAwait(false);
            if (existing is { State: InvitationState.Finished })
            {
                finished.Add(name);
                continue;
            }

            var participant = new Participant(person.Id, name);
            var effectiveRole = role ?? existing?.Role;
            var reference = await OpenPersonalChatAsync(turn, head.Frame.Id, person, cancellationToken).ConfigureAwait(false);
            if (reference is null)
            {
                await repository.SaveInvitationAsync(
                    new Invitation(head.Frame.Id, participant, effectiveRole, InvitationState.NotInstalled, time.GetUtcNow()), cancellationToken)
                    .ConfigureAwait(false);
                notInstalled.Add(name);
                continue;
            }

            var invitation = new Invitation(
                head.Frame.Id, participant, effectiveRole, InvitationState.Invited, existing?.InvitedAt ?? time.GetUtcNow(), AsyncChatReference.Write(reference));
            await repository.SaveInvitationAsync(invitation, cancellationToken).ConfigureAwait(false);
            workshop ??= await repository.LoadAsync(head.Frame.Id, cancellationToken).ConfigureAwait(false);
            if (workshop is not null)
            {
                if (effectiveRole is not null)
                {
                    roles ??= await repository.ListRolesAsync(head.Frame.Id, cancellationToken).ConfigureAwait(false);
                }

                var card = Card(AsyncPlans.For(workshop, roles ?? [], person.Id, effectiveRole), window?.Deadline, isReminder: false);
                await turn.Adapter.ContinueConversationAsync(reference, (chat, ct) => chat.SendActivityAsync(card, ct), cancellationToken).ConfigureAwait(false);
            }

            if (window is { Closed: false, Deadline: { } deadline })
            {
                await schedule.ScheduleRemindersAsync(head.Frame.Id, person.Id, deadline, cancellationToken).ConfigureAwait(false);
            }

            invited.Add(name);
        }

        Log.ContributorsInvited(logger, head.Frame.Id, invited.Count, notInstalled.Count);
        var lines = new List<string>();
        if (invited.Count > 0)
        {
            lines.Add(text.Invited(Names(invited)));
        }

        if (notInstalled.Count > 0)
        {
            lines.Add(text.NotInstalled(Names(notInstalled)));
        }

        if (finished.Count > 0)
        {
            lines.Add(text.AlreadyFinished(Names(finished)));
        }

        return lines.Count == 0 ? text.NobodyToInvite : string.Join("\n\n", lines);
    }

    /// <summary>The invitation (or reminder) card for what the person is asked now; null when the workshop is gone.</summary>
    public async Task<Activity?> CardAsync(Invitation invitation, DateTimeOffset? deadline, bool isReminder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        var plan = await plans.ForAsync(invitation.WorkshopId, invitation.Person.Id, invitation.Role, cancellationToken).ConfigureAwait(false);
        return plan is null ? null : Card(plan, deadline, isReminder);
    }

    private static Activity Card(AsyncPlan plan, DateTimeOffset? deadline, bool isReminder) => new()
    {
        Attachments =
        [
            Attachment.AdaptiveCard(InvitationCard.Create(
                new InvitationCardModel(plan.Workshop.Frame, plan.Stages, plan.Open.Count, deadline) { IsReminder = isReminder })),
        ],
    };

    /// <summary>Everyone in the conversation (the connector's paged members API), but the bot and the facilitators.</summary>
    public static async Task<IReadOnlyList<ChannelAccount>> MembersAsync(ITurnContext turn, WorkshopFrame frame, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var members = new List<ChannelAccount>();
        await foreach (var page in turn.GetMemberPagesAsync(cancellationToken).ConfigureAwait(false))
        {
            members.AddRange(page
                .Where(member => member.Id != turn.Activity.Recipient?.Id && !frame.IsFacilitator(member.Id))
                .Select(member => new ChannelAccount { Id = member.Id, Name = member.Name, AadObjectId = member.AadObjectId ?? member.ObjectId }));
        }

        return members;
    }

    private async Task<ConversationReference?> OpenPersonalChatAsync(
        ITurnContext turn, string workshopId, ChannelAccount person, CancellationToken cancellationToken)
    {
        try
        {
            return await turn.CreatePersonalConversationAsync(person, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorException exception) when (exception.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.BadRequest)
        {
            Log.PersonalChatRefused(logger, workshopId, (int)exception.StatusCode, exception.ErrorCode);
            return null;
        }
    }

    private static string Names(IEnumerable<string> names) => string.Join(", ", names.Select(ParticipantText.EscapeMarkdown));
}
