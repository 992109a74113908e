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
        var lanes = 0;
        foreach (var text in Texts(card["body"]))
        {
            if (LaneHeading().Match(text) is { Success: true } match)
            {
                total += int.Parse(match.Groups["count"].Value, CultureInfo.InvariantCulture);
                lanes++;
            }
        }

        // A card without lane headings (a question card, a "map moved below" stub) is no map.
        return lanes == 0 ? null : total;
    }

    /// <summary>The count a question card's count section shows (<c>Question 1/6 · 37 answers so far</c>); null for any other card.</summary>
    public static int? QuestionAnswers(Activity? activity)
    {
        if (activity?.Attachments?.FirstOrDefault(a => a.ContentType == Attachment.AdaptiveCardContentType)?.Content is not JsonObject card)
        {
            return null;
        }

        foreach (var text in Texts(card["body"]))
        {
            if (QuestionCount().Match(text) is { Success: true } match)
            {
                return match.Groups["count"].Success ? int.Parse(match.Groups["count"].Value, CultureInfo.InvariantCulture) : 0;
            }
        }

        return null;
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

    [GeneratedRegex(@"^Question \d+/\d+ · (?:(?<count>\d+) answers? so far|No answers yet)$", RegexOptions.CultureInvariant)]
    private static partial Regex QuestionCount();

    [GeneratedRegex(@"^\S[^()]* \((?<count>\d+)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex LaneHeading();
}
