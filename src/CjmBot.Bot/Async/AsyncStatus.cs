using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Workshops;
using CjmBot.Workshops.Async;

namespace CjmBot.Bot.Async;

/// <summary>
/// For the facilitator's <c>status</c>: who was invited to answer in a personal chat, who has finished and who has
/// not. Never an answer; with anonymity on, not even how many each gave.
/// </summary>
public sealed class AsyncStatus(IWorkshopRepository repository)
{
    public async Task<IReadOnlyList<string>> LinesAsync(WorkshopSnapshot workshop, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var invitations = await repository.ListInvitationsAsync(workshop.Frame.Id, cancellationToken).ConfigureAwait(false);
        if (invitations.Count == 0)
        {
            return [];
        }

        var window = await repository.GetAsyncWindowAsync(workshop.Frame.Id, cancellationToken).ConfigureAwait(false);
        var text = AsyncText.For(workshop.Frame.Language);
        var heading = text.StatusHeading;
        if (window is { Deadline: { } deadline })
        {
            heading += " " + text.StatusDeadline(AsyncTexts.DateTime(deadline)) + (window.Closed ? ", " + text.StatusWindowClosed : "");
        }

        var lines = new List<string> { heading };
        foreach (var invitation in invitations.OrderBy(i => i.State != InvitationState.Finished).ThenBy(i => i.Person.Name, StringComparer.CurrentCulture))
        {
            var state = invitation.State switch
            {
                InvitationState.Finished => text.StateFinished,
                InvitationState.NotInstalled => text.StateNotInstalled,
                _ => text.StateInvited,
            };
            var given = AsyncQuestion.GivenBy(workshop, invitation.Person.Id).Count;
            var count = workshop.Frame.Anonymous || invitation.State == InvitationState.NotInstalled ? "" : " (" + text.AnswerCount(given) + ")";
            lines.Add($"- {ParticipantText.EscapeMarkdown(invitation.Person.Name)} — {state}{count}");
        }

        return [string.Join("\n", lines)];
    }
}
