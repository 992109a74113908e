using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CjmBot.Workshops.Questions;

namespace CjmBot.Cards.Submissions;

/// <summary>What a button of the themes card does to its segment's themes.</summary>
public enum ThemeAction
{
    AcceptAll,
    AcceptOne,
    AcceptSuggested,
    Rename,
    Merge,
    Move,
    Split,
    Reset,
}

/// <summary>
/// A button of the themes card: the action, the segment and lane it acts on, the arrangement it showed
/// (<see cref="Version"/>, the stored record's id; empty before any) and, to accept one proposed theme, an answer of it.
/// The segment's inputs are named by its place on the card (<see cref="ThemeInput"/>), so ids never have to be valid input ids.
/// </summary>
public sealed record ThemeSubmit(ThemeAction Action, string WorkshopId, string SegmentId, int SegmentIndex, QuestionKey Lane, string Version, string? AnswerId = null)
    : ICardSubmission
{
    private static readonly Dictionary<ThemeAction, string> VerbNames = new()
    {
        [ThemeAction.AcceptAll] = "themes.accept-all",
        [ThemeAction.AcceptOne] = "themes.accept",
        [ThemeAction.AcceptSuggested] = "themes.accept-suggested",
        [ThemeAction.Rename] = "themes.rename",
        [ThemeAction.Merge] = "themes.merge",
        [ThemeAction.Move] = "themes.move",
        [ThemeAction.Split] = "themes.split",
        [ThemeAction.Reset] = "themes.reset",
    };

    public static IReadOnlyCollection<string> Verbs => VerbNames.Values;

    public string Verb => VerbNames[Action];

    public void WriteData(JsonObject data)
    {
        data["workshopId"] = WorkshopId;
        data["segmentId"] = SegmentId;
        data["segment"] = SegmentIndex.ToString(CultureInfo.InvariantCulture);
        data["lane"] = Lane.ToString();
        data["version"] = Version;
        if (AnswerId is not null)
        {
            data["answerId"] = AnswerId;
        }
    }

    public static ThemeSubmit? Read(string verb, JsonElement data) =>
        VerbNames.FirstOrDefault(pair => pair.Value == verb) is { Value: not null } named
        && CardSubmissions.ReadString(data, "workshopId") is { Length: > 0 } workshopId
        && CardSubmissions.ReadString(data, "segmentId") is { Length: > 0 } segmentId
        && int.TryParse(CardSubmissions.ReadString(data, "segment"), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
        && Enum.TryParse<QuestionKey>(CardSubmissions.ReadString(data, "lane"), ignoreCase: false, out var lane) && Enum.IsDefined(lane)
        && CardSubmissions.ReadString(data, "version") is { } version
            ? new ThemeSubmit(named.Key, workshopId, segmentId, index, lane, version, CardSubmissions.ReadString(data, "answerId"))
            : null;

    /// <summary>An input of this button's segment, as the clicker left it (null when absent or empty).</summary>
    public string? Input(JsonElement data, ThemeInput input) =>
        CardSubmissions.ReadString(data, ThemeInputs.Id(input, SegmentIndex)) is { } value && value.Trim().Length > 0 ? value : null;
}

/// <summary>The inputs of one segment on the themes card.</summary>
public enum ThemeInput
{
    /// <summary>Which accepted theme to rename or merge.</summary>
    Theme,

    /// <summary>The new label.</summary>
    Label,

    /// <summary>The accepted theme to merge into.</summary>
    Into,

    /// <summary>The answer to move or split off.</summary>
    Answer,

    /// <summary>The accepted theme to move it to.</summary>
    Target,
}

public static class ThemeInputs
{
    public static string Id(ThemeInput input, int segmentIndex) =>
        input.ToString().ToLowerInvariant() + segmentIndex.ToString(CultureInfo.InvariantCulture);
}
