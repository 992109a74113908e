using System.Text.Json.Nodes;

namespace CjmBot.Testing;

/// <summary>A button found on a card: its title, verb and the data a click sends.</summary>
public sealed record CardButton(string Title, string Type, string? Verb, JsonObject? Data, JsonObject? FallbackData);

/// <summary>Reads an Adaptive Card the way a person looks at it: its texts and its buttons.</summary>
public sealed class CardView(JsonObject card)
{
    public JsonObject Json { get; } = card;

    public string? Version => Json["version"]?.GetValue<string>();

    /// <summary>The first TextBlock: every card of ours starts with its heading (empty for a card of buttons only, under a text reply).</summary>
    public string Heading => Texts.Count > 0 ? Texts[0] : "";

    /// <summary>Every visible text in reading order: TextBlocks, rich text lines, fact titles and values, input labels.</summary>
    public IReadOnlyList<string> Texts => Walk(Json["body"]).ToList();

    public string AllText => string.Join("\n", Texts);

    public IReadOnlyList<CardButton> Buttons => WalkActions(Json).ToList();

    public IReadOnlyList<string> InputIds => WalkInputs(Json["body"]).ToList();

    public bool Contains(string text) => Texts.Any(t => t.Contains(text, StringComparison.Ordinal));

    public CardButton Button(string title) =>
        Buttons.FirstOrDefault(button => button.Title == title)
        ?? throw new InvalidOperationException($"No button '{title}' on the card. Buttons: {string.Join(", ", Buttons.Select(b => b.Title))}");

    /// <summary>The value of the choice titled <paramref name="title"/> in the choice input <paramref name="inputId"/>.</summary>
    public string ChoiceValue(string inputId, string title)
    {
        var input = Find(Json["body"], inputId) ?? throw new InvalidOperationException($"No input '{inputId}' on the card.");
        var choices = (input["choices"] as JsonArray)?.OfType<JsonObject>().ToList() ?? [];
        return choices.FirstOrDefault(choice => choice["title"]?.GetValue<string>() == title)?["value"]?.GetValue<string>()
            ?? throw new InvalidOperationException(
                $"No choice '{title}' in '{inputId}'. Choices: {string.Join(", ", choices.Select(choice => choice["title"]?.GetValue<string>()))}");
    }

    private static JsonObject? Find(JsonNode? node, string id) => node switch
    {
        JsonArray array => array.Select(item => Find(item, id)).FirstOrDefault(found => found is not null),
        JsonObject obj when obj["id"] is JsonValue value && value.GetValue<string>() == id => obj,
        JsonObject obj => new[] { "items", "columns", "body" }.Select(child => Find(obj[child], id)).FirstOrDefault(found => found is not null),
        _ => null,
    };

    public override string ToString() => AllText;

    private static IEnumerable<string> Walk(JsonNode? node)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var text in Walk(item))
                    {
                        yield return text;
                    }
                }

                break;
            case JsonObject obj:
                var type = obj["type"]?.GetValue<string>();
                if (type is "TextBlock" && obj["text"] is JsonValue textValue)
                {
                    yield return textValue.GetValue<string>();
                }

                // A rich text block reads as one line, whatever runs style its parts.
                if (type is "RichTextBlock" && obj["inlines"] is JsonArray runs)
                {
                    yield return string.Concat(runs.OfType<JsonObject>().Select(run => run["text"]?.GetValue<string>()));
                    yield break;
                }

                if (obj["label"] is JsonValue label && type?.StartsWith("Input.", StringComparison.Ordinal) == true)
                {
                    yield return label.GetValue<string>();
                }

                if (type == "FactSet" && obj["facts"] is JsonArray facts)
                {
                    foreach (var fact in facts.OfType<JsonObject>())
                    {
                        yield return fact["title"]!.GetValue<string>() + " " + fact["value"]!.GetValue<string>();
                    }
                }

                foreach (var child in new[] { "items", "columns", "inlines", "body" })
                {
                    foreach (var inner in Walk(obj[child]))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }

    private static IEnumerable<CardButton> WalkActions(JsonNode? node)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var button in array.SelectMany(WalkActions))
                {
                    yield return button;
                }

                break;
            case JsonObject obj:
                var type = obj["type"]?.GetValue<string>() ?? "";
                if (type.StartsWith("Action.", StringComparison.Ordinal))
                {
                    yield return new CardButton(
                        obj["title"]?.GetValue<string>() ?? "",
                        type,
                        obj["verb"]?.GetValue<string>() ?? (obj["data"] as JsonObject)?["verb"]?.GetValue<string>(),
                        obj["data"] as JsonObject,
                        (obj["fallback"] as JsonObject)?["data"] as JsonObject);
                    if (obj["card"] is JsonObject shownCard)
                    {
                        foreach (var inner in WalkActions(shownCard))
                        {
                            yield return inner;
                        }
                    }

                    yield break;
                }

                foreach (var child in new[] { "body", "items", "columns", "actions", "selectAction" })
                {
                    foreach (var inner in WalkActions(obj[child]))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }

    private static IEnumerable<string> WalkInputs(JsonNode? node)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var inputId in array.SelectMany(WalkInputs))
                {
                    yield return inputId;
                }

                break;
            case JsonObject obj:
                if (obj["type"]?.GetValue<string>()?.StartsWith("Input.", StringComparison.Ordinal) == true && obj["id"] is JsonValue id)
                {
                    yield return id.GetValue<string>();
                }

                foreach (var child in new[] { "items", "columns", "body" })
                {
                    foreach (var inner in WalkInputs(obj[child]))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }
}
