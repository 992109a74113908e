using CjmBot.Workshops;

namespace CjmBot.Cards.Localization;

/// <summary>The words of the map's full view ("show all" for what the map leaves out), in one language (see <see cref="MapViewTexts"/>).</summary>
public sealed record MapViewText
{
    public required Language Language { get; init; }

    /// <summary>The map's button under a stage some of whose answers it leaves out; the count is the stage's answers.</summary>
    public required Func<int, string> ShowWholeStage { get; init; }

    /// <summary>Heading of the full view: stage, segment (and lane, when one lane is shown).</summary>
    public required Func<string, string, string> StageHeading { get; init; }

    public required Func<string, string, string, string> LaneHeading { get; init; }

    public required Func<int, int, string> PageOf { get; init; }

    public required Func<int, int, string> NextPage { get; init; }

    /// <summary>The map card's and the summary card's button to the live map page in the browser.</summary>
    public required string OpenFullMap { get; init; }

    /// <summary>The clicker's confirmation that the full view was posted.</summary>
    public required string Posted { get; init; }

    /// <summary>What an earlier map message says once the live map was posted again further down the chat.</summary>
    public required string MapMovedBelow { get; init; }

    /// <summary>What an older map snapshot says once a newer map was posted (by <c>map</c>).</summary>
    public required string NewerMapBelow { get; init; }

    public static MapViewText For(Language language) => language == Language.Ru ? MapViewTexts.Russian : MapViewTexts.English;
}
