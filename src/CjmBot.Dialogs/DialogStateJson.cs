using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CjmBot.Dialogs;

/// <summary>
/// The stored shape of a dialog stack: <c>{"format":1,"stack":[{"dialogId":…,"version":…,"state":{…}}]}</c>, top
/// first. Each frame's state stays JSON: it belongs to the dialog that owns the frame.
/// </summary>
internal sealed record StoredDialogStack(int Format, List<DialogFrame> Stack)
{
    public const int CurrentFormat = 1;

    public static string Write(DialogState state) =>
        JsonSerializer.Serialize(new StoredDialogStack(CurrentFormat, state.Stack), DialogJsonContext.Default.StoredDialogStack);

    /// <summary>The stack, or null when the item is not a dialog stack this code can read.</summary>
    public static DialogState? TryRead(string json)
    {
        try
        {
            var stored = JsonSerializer.Deserialize(json, DialogJsonContext.Default.StoredDialogStack);
            return stored is { Format: CurrentFormat, Stack: { } stack }
                && stack.TrueForAll(frame => frame is { DialogId: not null, Version: not null, State: not null })
                ? new DialogState(stack)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>The dialog engine's own persisted shapes.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(StoredDialogStack))]
[JsonSerializable(typeof(JsonObject))]
internal sealed partial class DialogJsonContext : JsonSerializerContext;
