using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Nodes;

namespace CjmBot.Dialogs.Prompts;

/// <summary>
/// Picks one of a list of choices by its number (1-based, as people count the list they were shown),
/// its value or a synonym. The result is the choice's value.
/// </summary>
public sealed class ChoicePrompt : Prompt<Choice>
{
    private readonly Func<JsonNode?, IReadOnlyList<Choice>> _choices;

    public ChoicePrompt(string id, PromptSender send, IReadOnlyList<Choice> choices)
        : this(id, send, _ => choices)
    {
    }

    /// <param name="choices">The choices for the options the prompt was begun with (lists that differ per question).</param>
    public ChoicePrompt(string id, PromptSender send, Func<JsonNode?, IReadOnlyList<Choice>> choices)
        : base(id, send)
    {
        ArgumentNullException.ThrowIfNull(choices);
        _choices = choices;
    }

    protected override bool TryRecognize(string text, JsonNode? options, [MaybeNullWhen(false)] out Choice value)
    {
        var choices = _choices(options);
        if (int.TryParse(Utterance.Normalize(text), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number >= 1 && number <= choices.Count)
        {
            value = choices[number - 1];
            return true;
        }

        value = choices.FirstOrDefault(choice =>
            Utterance.Matches(text, choice.Value) || choice.Synonyms.Any(synonym => Utterance.Matches(text, synonym)));
        return value is not null;
    }

    protected override JsonNode ToResult(Choice value) => JsonValue.Create(value.Value);
}
