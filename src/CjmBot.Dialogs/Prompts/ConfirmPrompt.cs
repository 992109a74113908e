using System.Text.Json.Nodes;

namespace CjmBot.Dialogs.Prompts;

/// <summary>A yes/no question, in English or Russian by default; the result is true or false.</summary>
public sealed class ConfirmPrompt(string id, PromptSender send) : Prompt<bool>(id, send)
{
    public IReadOnlyList<string> YesWords { get; init; } = ["yes", "y", "yeah", "yep", "sure", "ok", "okay", "true", "да", "д", "ага", "угу", "конечно", "ок"];

    public IReadOnlyList<string> NoWords { get; init; } = ["no", "n", "nope", "false", "нет", "н", "не"];

    protected override bool TryRecognize(string text, JsonNode? options, out bool value)
    {
        value = YesWords.Any(word => Utterance.Matches(text, word));
        return value || NoWords.Any(word => Utterance.Matches(text, word));
    }

    protected override JsonNode ToResult(bool value) => JsonValue.Create(value);
}
