using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;

namespace CjmBot.Dialogs.Prompts;

/// <summary>Accepts any non-empty answer up to <see cref="MaxLength"/> characters; the result is the trimmed text.</summary>
public sealed class TextPrompt(string id, PromptSender send) : Prompt<string>(id, send)
{
    public int? MaxLength { get; init; }

    protected override bool TryRecognize(string text, JsonNode? options, [MaybeNullWhen(false)] out string value)
    {
        value = text;
        return text.Length > 0 && !(text.Length > MaxLength);
    }

    protected override JsonNode ToResult(string value) => JsonValue.Create(value);
}
