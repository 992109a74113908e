using System.Text.Json;
using System.Text.Json.Serialization;

namespace CjmBot.Dialogs;

/// <summary>
/// The stored shape of a dialog stack: <c>{"format":2,"stack":[{"dialogId":…,"version":…,"options":…,"state":…}]}</c>,
/// top first. Format 1 kept a frame's options inside its state object; such stacks are read and split, so a
/// position saved before the change is resumed, not lost.
/// </summary>
internal sealed record StoredDialogStack(int Format, List<StoredDialogFrame> Stack)
{
    public const int CurrentFormat = 2;
    private const int OptionsInsideStateFormat = 1;

    public static string Write(DialogState state) =>
        JsonSerializer.Serialize(
            new StoredDialogStack(CurrentFormat, [.. state.Stack.Select(frame => new StoredDialogFrame(frame.DialogId, frame.Version, frame.Options, frame.State))]),
            DialogJsonContext.Default.StoredDialogStack);

    /// <summary>The stack, or null when the item is not a dialog stack this code can read.</summary>
    public static DialogState? TryRead(string json)
    {
        try
        {
            var stored = JsonSerializer.Deserialize(json, DialogJsonContext.Default.StoredDialogStack);
            if (stored is not { Format: CurrentFormat or OptionsInsideStateFormat, Stack: { } stack }
                || !stack.TrueForAll(frame => frame is { DialogId: not null, Version: not null }))
            {
                return null;
            }

            return new DialogState([.. stack.Select(frame => stored.Format == CurrentFormat
                ? new DialogFrame(frame.DialogId, frame.Version, frame.Options, frame.State)
                : SplitFormatOne(frame))]);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private static DialogFrame SplitFormatOne(StoredDialogFrame frame)
    {
        var state = frame.State is { ValueKind: JsonValueKind.Object } element
            ? element.Deserialize(DialogJsonContext.Default.FormatOneFrameState)
            : null;
        var own = state?.Own is { Count: > 0 } rest ? JsonSerializer.SerializeToElement(rest, DialogJsonContext.Default.DictionaryStringJsonElement) : (JsonElement?)null;
        return new DialogFrame(frame.DialogId, frame.Version, state?.Options, own);
    }
}

internal sealed record StoredDialogFrame(string DialogId, string Version, JsonElement? Options, JsonElement? State);

/// <summary>A format 1 frame state: the options the engine kept, and everything else the dialog's own.</summary>
internal sealed class FormatOneFrameState
{
    public JsonElement? Options { get; set; }

    [JsonExtensionData]
    // Settable, not init: the source generator cannot bind extension data through an init accessor.
    public Dictionary<string, JsonElement>? Own { get; set; }
}

/// <summary>The dialog engine's own persisted shapes.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(StoredDialogStack))]
[JsonSerializable(typeof(FormatOneFrameState))]
[JsonSerializable(typeof(Dictionary<string, JsonElement>))]
internal sealed partial class DialogJsonContext : JsonSerializerContext;
