using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CjmBot.Workshops.Questions;

namespace CjmBot.Cards.Submissions;

/// <summary>
/// "Show all": posts every answer of one stage of a segment (or of one lane of it, when <paramref name="Question"/> is set)
/// as a card of its own, one <paramref name="Page"/> at a time, for what the map had to leave out.
/// </summary>
public sealed record MapLaneSubmit(string WorkshopId, string SegmentId, int Stage, QuestionKey? Question = null, int Page = 0) : ICardSubmission
{
    public const string VerbName = "map.lane";

    public string Verb => VerbName;

    public void WriteData(JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);
        data["workshopId"] = WorkshopId;
        data["segmentId"] = SegmentId;
        data["stage"] = Stage.ToString(CultureInfo.InvariantCulture);
        if (Question is { } question)
        {
            data["question"] = question.ToString();
        }

        if (Page > 0)
        {
            data["page"] = Page.ToString(CultureInfo.InvariantCulture);
        }
    }

    public static MapLaneSubmit? Read(JsonElement data)
    {
        if (CardSubmissions.ReadString(data, "workshopId") is not { } workshopId
            || CardSubmissions.ReadString(data, "segmentId") is not { } segmentId
            || !int.TryParse(CardSubmissions.ReadString(data, "stage"), NumberStyles.None, CultureInfo.InvariantCulture, out var stage))
        {
            return null;
        }

        QuestionKey? question = null;
        if (CardSubmissions.ReadString(data, "question") is { } questionText)
        {
            if (!Enum.TryParse<QuestionKey>(questionText, out var parsed) || !Enum.IsDefined(parsed))
            {
                return null;
            }

            question = parsed;
        }

        var page = 0;
        if (CardSubmissions.ReadString(data, "page") is { } pageText && !int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page))
        {
            return null;
        }

        return new MapLaneSubmit(workshopId, segmentId, stage, question, page);
    }
}
