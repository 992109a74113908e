using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;

namespace CjmBot.Bot.Workshops;

/// <summary>Finds the workshop a turn is about, and checks who may steer it.</summary>
public sealed class WorkshopGuard(IWorkshopRepository repository)
{
    private const string TurnStateKey = "cjm.conversationView";

    /// <summary>
    /// The turn's conversation index (its workshops and async mark), read once per turn together with the active
    /// workshop's head: the async-sequence middleware and the routes after it share the one read.
    /// </summary>
    public async Task<ConversationIndex> ConversationIndexAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        (await ViewAsync(turn, cancellationToken).ConfigureAwait(false)).Index;

    /// <summary>The conversation's active workshop (frame and progress), read once per turn.</summary>
    public async Task<WorkshopHead?> ActiveHeadAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        (await ViewAsync(turn, cancellationToken).ConfigureAwait(false)).ActiveHead;

    private async Task<ConversationView> ViewAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.TurnState.TryGetValue(TurnStateKey, out var cached) && cached is ConversationView known)
        {
            return known;
        }

        var view = await repository.ReadConversationAsync(WorkshopConversation.Key(turn.Activity), cancellationToken).ConfigureAwait(false);
        turn.TurnState[TurnStateKey] = view;
        return view;
    }

    /// <summary>
    /// The active workshop, if the sender may steer it. Otherwise the refusal to give (and nothing changes):
    /// no workshop here, or the sender is not a facilitator.
    /// </summary>
    public async Task<(WorkshopHead? Head, string? Refusal)> FacilitatedHeadAsync(ITurnContext turn, Language language, CancellationToken cancellationToken)
    {
        var head = await ActiveHeadAsync(turn, cancellationToken).ConfigureAwait(false);
        if (head is null)
        {
            return (null, WorkshopText.For(language).NoWorkshop);
        }

        return head.Frame.IsFacilitator(turn.Activity.From?.Id ?? "")
            ? (head, null)
            : (null, FacilitatorsOnly(head));
    }

    public static string FacilitatorsOnly(WorkshopHead head) =>
        WorkshopText.For(head.Frame.Language).FacilitatorsOnly(ParticipantText.EscapeMarkdown(head.Frame.CreatedBy.Name)
            + (head.Frame.Facilitators.Count > 1 ? " +" + (head.Frame.Facilitators.Count - 1) : ""));
}
