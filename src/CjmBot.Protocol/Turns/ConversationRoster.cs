using System.Runtime.CompilerServices;
using CjmBot.Protocol.Schema;

namespace CjmBot.Protocol.Turns;

/// <summary>The members of the turn's conversation, page by page from the connector's paged members API.</summary>
public static class ConversationRoster
{
    /// <summary>Reads a page only when the caller asks for it, so a caller that stops early reads no more.</summary>
    public static async IAsyncEnumerable<IReadOnlyList<TeamsChannelAccount>> GetMemberPagesAsync(
        this ITurnContext turn, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var reference = turn.Activity.GetConversationReference();
        string? continuation = null;
        do
        {
            var page = await turn.Adapter.GetPagedMembersAsync(reference, continuation, cancellationToken).ConfigureAwait(false);
            yield return page.Members;
            continuation = page.ContinuationToken;
        }
        while (!string.IsNullOrEmpty(continuation));
    }
}
