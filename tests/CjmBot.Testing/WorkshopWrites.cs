using CjmBot.Workshops.Async;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Progress;
using CjmBot.Workshops.Voting;
using CjmBot.Workshops.Writes;

// In the repository's namespace, so tests that seed a workshop directly find these wherever they use the repository.
namespace CjmBot.Workshops;

/// <summary>
/// Writes for tests that arrange a workshop directly, each as an operation of its own (a fresh operation id), as if a
/// person had asked for it. What is under test in a contract suite calls the repository's own methods.
/// </summary>
public static class WorkshopWrites
{
    public static string NewOperation() => "test-op|" + Guid.NewGuid().ToString("N");

    public static async Task<ProgressChange> UpdateProgressAsync(
        this IWorkshopRepository repository, string workshopId, Func<WorkshopFrame, WorkshopProgress, ProgressChange> change, CancellationToken cancellationToken) =>
        (await repository.UpdateProgressAsync(workshopId, NewOperation(), change, cancellationToken).ConfigureAwait(false)).Change;

    public static async Task<WorkshopFrame> UpdateFrameAsync(
        this IWorkshopRepository repository, string workshopId, Func<WorkshopFrame, WorkshopFrame> change, CancellationToken cancellationToken)
    {
        await repository.UpdateFrameAsync(workshopId, NewOperation(), change, cancellationToken).ConfigureAwait(false);
        return (await repository.GetHeadAsync(workshopId, cancellationToken).ConfigureAwait(false))!.Frame;
    }

    public static Task SetVotingAsync(this IWorkshopRepository repository, string workshopId, VotingState voting, CancellationToken cancellationToken) =>
        repository.SetVotingAsync(workshopId, NewOperation(), voting, cancellationToken);

    public static async Task<BallotOutcome> CastBallotAsync(this IWorkshopRepository repository, Ballot ballot, CancellationToken cancellationToken) =>
        (await repository.CastBallotAsync(ballot, NewOperation(), cancellationToken).ConfigureAwait(false)).Outcome;

    public static async Task<bool> AddActionItemAsync(this IWorkshopRepository repository, ActionItem item, CancellationToken cancellationToken) =>
        await repository.AddActionItemsAsync(item.WorkshopId, item.Id, [item], cancellationToken).ConfigureAwait(false) == WriteOutcome.Written;

    public static async Task<bool> AddConclusionAsync(this IWorkshopRepository repository, Conclusion conclusion, CancellationToken cancellationToken) =>
        await repository.AddConclusionsAsync(conclusion.WorkshopId, conclusion.Id, [conclusion], cancellationToken).ConfigureAwait(false) == WriteOutcome.Written;

    public static Task SaveInvitationAsync(this IWorkshopRepository repository, Invitation invitation, CancellationToken cancellationToken) =>
        repository.SaveInvitationAsync(invitation, NewOperation(), cancellationToken);

    public static Task SaveRoleAsync(this IWorkshopRepository repository, RoleAssignment role, CancellationToken cancellationToken) =>
        repository.SaveRoleAsync(role, NewOperation(), cancellationToken);

    public static Task SaveAsyncWindowAsync(this IWorkshopRepository repository, AsyncWindow window, CancellationToken cancellationToken) =>
        repository.SaveAsyncWindowAsync(window, NewOperation(), cancellationToken);

    /// <summary>The conversation's active workshop (the newest of its index), for tests that look at what a flow created.</summary>
    public static async Task<string?> GetActiveWorkshopIdAsync(this IWorkshopRepository repository, string conversationId, CancellationToken cancellationToken) =>
        (await repository.ReadConversationIndexAsync(conversationId, cancellationToken).ConfigureAwait(false)).ActiveWorkshopId;

    /// <summary>Every workshop the conversation held, oldest first.</summary>
    public static async Task<IReadOnlyList<string>> ListWorkshopIdsAsync(this IWorkshopRepository repository, string conversationId, CancellationToken cancellationToken) =>
        (await repository.ReadConversationIndexAsync(conversationId, cancellationToken).ConfigureAwait(false)).WorkshopIds;
}
