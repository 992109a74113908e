using CjmBot.Protocol.Connector;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;
using Microsoft.Extensions.Logging;

namespace CjmBot.Bot.Voting;

/// <summary>
/// Who may own an action item: the conversation's members from the connector's paged members API (a channel's are
/// its team's), or, when the roster cannot be read, everyone who took part in the workshop.
/// </summary>
public sealed class ConversationMembers(ILogger<ConversationMembers> logger)
{
    /// <summary>Pages read at most; each page is up to 500 members.</summary>
    public const int MaxPages = 4;

    public async Task<IReadOnlyList<(string Id, string Name)>> ListAsync(ITurnContext turn, WorkshopSnapshot workshop, int max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(workshop);
        var members = new List<(string Id, string Name)>();
        try
        {
            var pages = 0;
            await foreach (var page in turn.GetMemberPagesAsync(cancellationToken).ConfigureAwait(false))
            {
                members.AddRange(page.Where(m => m.Id.Length > 0).Select(m => (m.Id, m.Name is { Length: > 0 } name ? name : m.Id)));
                if (++pages >= MaxPages || members.Count >= max)
                {
                    break;
                }
            }
        }
        catch (Exception exception) when (exception is ConnectorException or HttpRequestException or InvalidOperationException)
        {
            Log.MembersUnavailable(logger, exception, turn.Activity.Conversation?.Id);
            members.Clear();
        }

        if (members.Count == 0)
        {
            var frame = workshop.Frame;
            members.Add((frame.CreatedBy.Id, frame.CreatedBy.Name));
            members.AddRange(workshop.Answers.Select(a => (a.Author.Id, a.Author.Name)));
        }

        return [.. members.DistinctBy(m => m.Id, StringComparer.Ordinal).OrderBy(m => m.Name, StringComparer.CurrentCultureIgnoreCase).Take(max)];
    }
}
