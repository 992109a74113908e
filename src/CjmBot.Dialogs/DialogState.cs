using System.Text.Json.Nodes;

namespace CjmBot.Dialogs;

/// <summary>
/// One active dialog: which dialog, the version of its definition the frame was started with, and the
/// dialog's own JSON state. A frame whose version no longer matches is restarted, not resumed.
/// </summary>
public sealed record DialogFrame(string DialogId, string Version, JsonObject State);

/// <summary>One person's dialog stack; index 0 is the top (the dialog that gets the next input).</summary>
public sealed record DialogState(List<DialogFrame> Stack)
{
    public DialogState()
        : this([])
    {
    }
}
