using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Xunit;

namespace CjmBot.UnitTests.Cards;

/// <summary>
/// Every catalogued card works in Teams' light, dark and high-contrast themes: colours and container styles only from the
/// host's semantic palette (which each theme redefines), no colour values or background images of our own, and every
/// image described for screen readers.
/// </summary>
public sealed partial class CardThemeTests
{
    /// <summary><c>Dark</c> and <c>Light</c> are absolute (dark text vanishes on a dark theme), so they are not among them.</summary>
    private static readonly HashSet<string> SemanticColours = new(StringComparer.OrdinalIgnoreCase) { "Default", "Accent", "Good", "Warning", "Attention" };

    private static readonly HashSet<string> ContainerStyles = new(StringComparer.OrdinalIgnoreCase) { "default", "emphasis", "good", "attention", "warning", "accent" };

    [Theory]
    [MemberData(nameof(CardCatalog.Names), MemberType = typeof(CardCatalog))]
    public void Card_AnyTheme_OnlySemanticColoursStylesAndDescribedImages(string name)
    {
        var problems = new List<string>();
        Walk(CardCatalog.Get(name), "$", problems);

        Assert.True(problems.Count == 0, $"{name}:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Walk_HardCodedColourOrUndescribedImage_Found()
    {
        var card = JsonNode.Parse("""
            {"type":"AdaptiveCard","body":[
              {"type":"TextBlock","text":"x","color":"Light"},
              {"type":"Container","style":"#1f1f1f","items":[{"type":"Image","url":"https://example.com/a.png"}]},
              {"type":"Container","backgroundImage":"https://example.com/b.png","items":[]},
              {"type":"ColumnSet","columns":[{"type":"Column","items":[{"type":"RichTextBlock","inlines":[{"type":"TextRun","text":"y","highlight":true,"color":"rgb(0,0,0)"}]}]}]}
            ]}
            """)!;
        var problems = new List<string>();

        Walk(card, "$", problems);

        Assert.Equal(8, problems.Count);
    }

    private static void Walk(JsonNode? node, string path, List<string> problems)
    {
        switch (node)
        {
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], $"{path}[{i}]", problems);
                }

                break;
            case JsonObject element:
                Check(element, path, problems);
                foreach (var (property, value) in element)
                {
                    Walk(value, $"{path}.{property}", problems);
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text) && ColourValue().IsMatch(text):
                problems.Add($"{path}: a colour value of our own ({text})");
                break;
        }
    }

    private static void Check(JsonObject element, string path, List<string> problems)
    {
        var type = element["type"]?.GetValue<string>();
        if (element["color"] is JsonValue color && !SemanticColours.Contains(color.GetValue<string>()))
        {
            problems.Add($"{path}: colour {color} is not one of the theme's semantic colours");
        }

        if (type is "Container" or "Column" or "ColumnSet" or "AdaptiveCard" or "Table" or "TableCell"
            && element["style"] is JsonValue style && !ContainerStyles.Contains(style.GetValue<string>()))
        {
            problems.Add($"{path}: container style {style} is not a theme style");
        }

        if (element.ContainsKey("backgroundImage"))
        {
            problems.Add($"{path}: a background image looks the same in every theme");
        }

        if (element.ContainsKey("highlight"))
        {
            problems.Add($"{path}: highlighted text has a fixed background");
        }

        if (type is "Image" && string.IsNullOrWhiteSpace(element["altText"]?.GetValue<string>()))
        {
            problems.Add($"{path}: an image without altText");
        }
    }

    /// <summary>#rgb, #rrggbb, #aarrggbb, rgb(…) and rgba(…).</summary>
    [GeneratedRegex(@"^\s*(#[0-9a-fA-F]{3,8}|rgba?\s*\()", RegexOptions.CultureInvariant)]
    private static partial Regex ColourValue();
}
