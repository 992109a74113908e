using System.Net;
using CjmBot.Application;
using CjmBot.Application.UseCases.Contributors;
using CjmBot.Bot.Chat;
using CjmBot.Bot.Routes;
using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Screens;
using CjmBot.Protocol.Connector;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops.Async;
using CjmBot.Workshops.Frame;
using Microsoft.Extensions.Logging;

namespace CjmBot.Bot.Async;

/// <summary>
/// Opens a personal chat with each person an invite plans for (proactive create-conversation in the tenant), records the
/// invitation and sends the invitation card there. Someone the bot cannot reach (Teams answers 403 or 404 when the app is
/// not installed for them) is recorded as such and reported to the facilitator, not lost.
/// </summary>
public sealed class AsyncInvitations(UseCaseRunner workshops, ILogger<AsyncInvitations> logger)
{
    /// <param name="accounts">The channel accounts of the people (with what Teams needs to open a chat, e.g. the AAD object id).</param>
    /// <returns>The report for the facilitator.</returns>
    public async Task<string> SendAsync(
        ITurnContext turn, InvitationsPlanned planned, IReadOnlyDictionary<string, ChannelAccount> accounts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(planned);
        var frame = planned.Workshop.Frame;
        var text = AsyncText.For(frame.Language);
        var invited = new List<string>();
        var notInstalled = new List<string>();
        foreach (var (person, existing) in planned.ToInvite)
        {
            var account = accounts.GetValueOrDefault(person.Id) ?? new ChannelAccount { Id = person.Id, Name = person.Name };
            var reference = await OpenPersonalChatAsync(turn, frame.Id, account, cancellationToken).ConfigureAwait(false);
            var outcome = await workshops.RunAsync(
                new RecordInvitation(TurnOrigins.Of(turn), planned, person, existing, reference is null ? null : ChatAddresses.Write(reference)), cancellationToken)
                .ConfigureAwait(false);
            if (outcome is not InvitationRecorded recorded)
            {
                continue;
            }

            if (reference is null || recorded.Plan is not { } plan)
            {
                notInstalled.Add(person.Name);
                continue;
            }

            var card = Card(plan, recorded.Window?.Deadline, isReminder: false);
            await turn.Adapter.ContinueConversationAsync(reference, (chat, ct) => chat.SendActivityAsync(card, ct), cancellationToken).ConfigureAwait(false);
            invited.Add(person.Name);
        }

        Log.ContributorsInvited(logger, frame.Id, invited.Count, notInstalled.Count);
        var lines = new List<string>();
        if (invited.Count > 0)
        {
            lines.Add(text.Invited(Names(invited)));
        }

        if (notInstalled.Count > 0)
        {
            lines.Add(text.NotInstalled(Names(notInstalled)));
        }

        if (planned.Finished.Count > 0)
        {
            lines.Add(text.AlreadyFinished(Names(planned.Finished.Select(person => person.Name))));
        }

        return lines.Count == 0 ? text.NobodyToInvite : string.Join("\n\n", lines);
    }

    /// <summary>The invitation (or reminder) card for what the person is asked now.</summary>
    public static Activity Card(ContributorPlan plan, DateTimeOffset? deadline, bool isReminder)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Replies.Card(InvitationCard.Create(new InvitationCardModel(plan.Workshop.Frame, plan.Stages, plan.Open.Count, deadline) { IsReminder = isReminder }));
    }

    /// <summary>Everyone in the conversation (the connector's paged members API), but the bot.</summary>
    public static async Task<IReadOnlyList<ChannelAccount>> MembersAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var members = new List<ChannelAccount>();
        await foreach (var page in turn.GetMemberPagesAsync(cancellationToken).ConfigureAwait(false))
        {
            members.AddRange(page
                .Where(member => member.Id != turn.Activity.Recipient?.Id)
                .Select(member => new ChannelAccount { Id = member.Id, Name = member.Name, AadObjectId = member.AadObjectId ?? member.ObjectId }));
        }

        return members;
    }

    private async Task<ConversationReference?> OpenPersonalChatAsync(ITurnContext turn, string workshopId, ChannelAccount person, CancellationToken cancellationToken)
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
