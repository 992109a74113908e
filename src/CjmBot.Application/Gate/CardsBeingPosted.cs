namespace CjmBot.Application.Gate;

/// <summary>
/// Cards this process is posting right now, per conversation. A card's message id is known only once Teams has taken the
/// card, and it is recorded just after that; Teams shows the card before our send returns, so a click can arrive while the
/// record is still on its way. The gate waits for the conversation's posts under way before it calls such a card unknown,
/// instead of refusing a real click (and a forged one gains nothing by the wait).
/// </summary>
public sealed class CardsBeingPosted
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<TaskCompletionSource>> _underway = new(StringComparer.Ordinal);

    /// <summary>Marks a post under way until the returned handle is disposed (after the card is recorded, or failed).</summary>
    public IDisposable Begin(string conversationId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var post = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (!_underway.TryGetValue(conversationId, out var posts))
            {
                _underway[conversationId] = posts = [];
            }

            posts.Add(post);
        }

        return new Handle(this, conversationId, post);
    }

    /// <summary>Completes when every post under way in the conversation at the time of the call has ended.</summary>
    public Task WhenPostedAsync(string conversationId, CancellationToken cancellationToken)
    {
        Task[] pending;
        lock (_gate)
        {
            pending = _underway.TryGetValue(conversationId, out var posts) ? [.. posts.Select(post => post.Task)] : [];
        }

        return pending.Length == 0 ? Task.CompletedTask : Task.WhenAll(pending).WaitAsync(cancellationToken);
    }

    private void End(string conversationId, TaskCompletionSource post)
    {
        lock (_gate)
        {
            if (_underway.TryGetValue(conversationId, out var posts) && posts.Remove(post) && posts.Count == 0)
            {
                _underway.Remove(conversationId);
            }
        }

        post.TrySetResult();
    }

    private sealed class Handle(CardsBeingPosted owner, string conversationId, TaskCompletionSource post) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.End(conversationId, post);
            }
        }
    }
}
