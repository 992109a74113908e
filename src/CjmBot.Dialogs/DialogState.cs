using System.Text.Json;

namespace CjmBot.Dialogs;

/// <summary>
/// One active dialog: which dialog, the version of its definition the frame was started with, the options it was
/// begun with and its own state. Options and state are JSON the engine never looks into: the dialog that owns the
/// frame reads and writes them as its own typed records (<see cref="DialogContext.GetState{T}"/>).
/// A frame whose version no longer matches is restarted with its options, not resumed.
/// </summary>
public sealed record DialogFrame(string DialogId, string Version, JsonElement? Options = null, JsonElement? State = null);

/// <summary>One person's dialog stack; index 0 is the top (the dialog that gets the next input).</summary>
public sealed record DialogState(List<DialogFrame> Stack)
{
    public DialogState()
        : this([])
    {
    }
}
