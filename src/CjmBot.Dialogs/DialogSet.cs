using CjmBot.Protocol.Turns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CjmBot.Dialogs;

/// <summary>The dialogs a bot can run, by id. Build it once at startup; it is read-only afterwards and shared by all turns.</summary>
public sealed class DialogSet(ILogger? logger = null)
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    internal ILogger Logger { get; } = logger ?? NullLogger.Instance;

    public IReadOnlyCollection<string> Ids => _dialogs.Keys;

    /// <summary>Registers a dialog; a second dialog with the same id is a programming error.</summary>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new InvalidOperationException($"A dialog with the id '{dialog.Id}' is already registered.");
        }

        return this;
    }

    public Dialog? Find(string dialogId) => _dialogs.GetValueOrDefault(dialogId);

    /// <summary>A context for one turn over one person's stack; the caller persists <paramref name="state"/> afterwards.</summary>
    public DialogContext CreateContext(ITurnContext turn, DialogState state) => new(this, turn, state);
}
