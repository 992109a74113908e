using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CjmBot.Protocol.Schema;

namespace CjmBot.Benchmarks;

/// <summary>Reads a map card the way a participant does: every lane heading says how many answers it holds (<c>Goal (37)</c>).</summary>
internal static partial class MapLanes
{
    /// <summary>The sum of the lane counts of the map card in <paramref name="activity"/>; null when it carries no map card.</summary>
    public static int? AnswersShown(Activity? activity)
    {
        if (activity?.Attachments?.FirstOrDefault(a => a.ContentType == Attachment.AdaptiveCardContentType)?.Content is not JsonObject card)
        {
            return null;
        }

        var total = 0;
        foreach (var text in Texts(card["body"]))
        {
            if (LaneHeading().Match(text) is { Success: true } match)
            {
                total += int.Parse(match.Groups["count"].Value, CultureInfo.InvariantCulture);
            }
        }

        return total;
    }

    /// <summary>How many answer and insight lines (<c>• …</c>) a map card carries, hidden ones included.</summary>
    public static int ItemsShown(JsonObject card) => Items(card["body"]);

    private static int Items(JsonNode? node) => node switch
    {
        JsonArray array => array.Sum(Items),
        JsonObject element when (string?)element["type"] == "RichTextBlock" =>
            element["inlines"]?[0]?["text"]?.GetValue<string>().StartsWith("• ", StringComparison.Ordinal) == true ? 1 : 0,
        JsonObject element => Items(element["items"]),
        _ => 0,
    };

    private static IEnumerable<string> Texts(JsonNode? node)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array.SelectMany(Texts))
                {
                    yield return item;
                }

                break;
            case JsonObject element:
                if ((string?)element["type"] == "TextBlock" && element["text"]?.GetValue<string>() is { } text)
                {
                    yield return text;
                }

                foreach (var inner in Texts(element["items"]))
                {
                    yield return inner;
                }

                break;
        }
    }

    [GeneratedRegex(@"^\S[^()]* \((?<count>\d+)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex LaneHeading();
}
