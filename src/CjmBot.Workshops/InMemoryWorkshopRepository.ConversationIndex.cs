namespace CjmBot.Workshops;

public sealed partial class InMemoryWorkshopRepository
{
    private readonly HashSet<string> _asyncConversations = new(StringComparer.Ordinal);

    public Task<ConversationIndex> ReadConversationIndexAsync(string conversationId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(new ConversationIndex(
                _byConversation.TryGetValue(conversationId, out var list) ? [.. list] : [],
                _asyncConversations.Contains(conversationId)));
        }
    }

    public async Task<ConversationView> ReadConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        var index = await ReadConversationIndexAsync(conversationId, cancellationToken).ConfigureAwait(false);
        var head = index.ActiveWorkshopId is { } id ? await GetHeadAsync(id, cancellationToken).ConfigureAwait(false) : null;
        return new ConversationView(index, head);
    }

    public async IAsyncEnumerable<string> ListAllWorkshopIdsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        List<string> ids;
        lock (_gate)
        {
            ids = [.. _byConversation.Values.SelectMany(list => list)];
        }

        foreach (var id in ids)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return id;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    public Task MarkAsyncSequencesAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        lock (_gate)
        {
            _asyncConversations.Add(conversationId);
        }

        return Task.CompletedTask;
    }
}
