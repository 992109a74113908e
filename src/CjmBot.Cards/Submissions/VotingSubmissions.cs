using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CjmBot.Workshops.Voting;

namespace CjmBot.Cards.Submissions;

/// <summary>
/// A voter's ballot for one segment. The card lists the items it showed (answer ids, in order); the number input
/// of the i-th item is <see cref="InputOf"/>(i), so the ids never have to be valid input ids.
/// </summary>
public sealed record BallotSubmit(string WorkshopId, string SegmentId, IReadOnlyList<string> AnswerIds) : ICardSubmission
{
    public const string VerbName = "vote.cast";

    public string Verb => VerbName;

    public static string InputOf(int index) => "vote" + index.ToString(CultureInfo.InvariantCulture);

    public void WriteData(JsonObject data)
    {
        data["workshopId"] = WorkshopId;
        data["segmentId"] = SegmentId;
        data["items"] = VotingSubmissionData.Strings(AnswerIds);
    }

    public static BallotSubmit? Read(JsonElement data) =>
        CardSubmissions.ReadString(data, "workshopId") is { } workshopId
        && CardSubmissions.ReadString(data, "segmentId") is { } segmentId
        && VotingSubmissionData.ReadStrings(data, "items") is { } items
            ? new BallotSubmit(workshopId, segmentId, items)
            : null;

    /// <summary>The votes typed per item; null when one is not a whole number (an empty input is 0).</summary>
    public Dictionary<string, int>? ReadVotes(JsonElement data)
    {
        var votes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < AnswerIds.Count; i++)
        {
            var typed = CardSubmissions.ReadString(data, InputOf(i))?.Trim();
            if (string.IsNullOrEmpty(typed))
            {
                continue;
            }

            if (!int.TryParse(typed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count))
            {
                return null;
            }

            votes[AnswerIds[i]] = votes.GetValueOrDefault(AnswerIds[i]) + count;
        }

        return votes;
    }
}

/// <summary>The action item card's save button: the solutions it listed and the members it offered as owners.</summary>
public sealed record ActionItemsSubmit(string WorkshopId, IReadOnlyList<string> AnswerIds, IReadOnlyList<(string Id, string Name)> Members) : ICardSubmission
{
    public const string VerbName = "vote.actions";

    /// <summary>The owner choice meaning "nobody yet" (choice values may not be empty).</summary>
    public const string NoOwner = "none";

    public string Verb => VerbName;

    public static string OwnerInputOf(int index) => "owner" + index.ToString(CultureInfo.InvariantCulture);

    public static string DueInputOf(int index) => "due" + index.ToString(CultureInfo.InvariantCulture);

    public void WriteData(JsonObject data)
    {
        data["workshopId"] = WorkshopId;
        data["items"] = VotingSubmissionData.Strings(AnswerIds);
        data["memberIds"] = VotingSubmissionData.Strings(Members.Select(m => m.Id));
        data["memberNames"] = VotingSubmissionData.Strings(Members.Select(m => m.Name));
    }

    public static ActionItemsSubmit? Read(JsonElement data) =>
        CardSubmissions.ReadString(data, "workshopId") is { } workshopId
        && VotingSubmissionData.ReadStrings(data, "items") is { } items
        && VotingSubmissionData.ReadStrings(data, "memberIds") is { } ids
        && VotingSubmissionData.ReadStrings(data, "memberNames") is { } names
        && ids.Count == names.Count
            ? new ActionItemsSubmit(workshopId, items, [.. ids.Zip(names)])
            : null;
}

/// <summary>The conclusions card's save button; one text input per topic.</summary>
public sealed record ConclusionsSubmit(string WorkshopId) : ICardSubmission
{
    public const string VerbName = "vote.conclude";

    public string Verb => VerbName;

    public static string InputOf(ConclusionTopic topic) => "conclusion" + topic;

    public void WriteData(JsonObject data) => data["workshopId"] = WorkshopId;

    public static ConclusionsSubmit? Read(JsonElement data) =>
        CardSubmissions.ReadString(data, "workshopId") is { } workshopId ? new ConclusionsSubmit(workshopId) : null;
}

internal static class VotingSubmissionData
{
    public static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);

    public static List<string>? ReadStrings(JsonElement data, string property)
    {
        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty(property, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var values = new List<string>(array.GetArrayLength());
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            values.Add(item.GetString()!);
        }

        return values;
    }
}
