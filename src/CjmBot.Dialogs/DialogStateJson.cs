using System.Text.Json.Nodes;

namespace CjmBot.Dialogs;

/// <summary>
/// The stored shape of a dialog stack, mapped by hand over JSON nodes:
/// <c>{"format":1,"stack":[{"dialogId":…,"version":…,"state":{…}}]}</c>, top first.
/// </summary>
internal static class DialogStateJson
{
    private const int Format = 1;

    public static JsonObject Write(DialogState state) => new()
    {
        ["format"] = Format,
        ["stack"] = new JsonArray([.. state.Stack.Select(frame => (JsonNode)new JsonObject
        {
            ["dialogId"] = frame.DialogId,
            ["version"] = frame.Version,
            ["state"] = frame.State.DeepClone(),
        })]),
    };

    /// <summary>The stack, or null when the item is not a dialog stack this code can read.</summary>
    public static DialogState? TryRead(JsonObject item)
    {
        if (!IsInt(item["format"], Format) || item["stack"] is not JsonArray stack)
        {
            return null;
        }

        var frames = new List<DialogFrame>(stack.Count);
        foreach (var node in stack)
        {
            if (node is not JsonObject frame
                || AsString(frame["dialogId"]) is not { } dialogId
                || AsString(frame["version"]) is not { } version
                || frame["state"] is not JsonObject frameState)
            {
                return null;
            }

            frames.Add(new DialogFrame(dialogId, version, (JsonObject)frameState.DeepClone()));
        }

        return new DialogState(frames);
    }

    private static string? AsString(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static bool IsInt(JsonNode? node, int expected) =>
        node is JsonValue value && value.TryGetValue<int>(out var number) && number == expected;
}
