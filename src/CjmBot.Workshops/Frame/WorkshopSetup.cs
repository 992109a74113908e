using System.Globalization;

namespace CjmBot.Workshops.Frame;

/// <summary>The setup form as the facilitator filled it in: raw text, nothing checked yet.</summary>
public sealed record WorkshopSetupInput
{
    public string? Title { get; init; }
    public string? Product { get; init; }
    public string? Goal { get; init; }
    public string? MapType { get; init; }
    public string? Template { get; init; }
    public string? CustomStages { get; init; }
    public string? Segments { get; init; }
    public string? Kpi { get; init; }
    public string? Anonymous { get; init; }

    /// <summary>The toggle "run each stage blind" (see <see cref="WorkshopFrame.BlindStages"/>).</summary>
    public string? Blind { get; init; }
    public string? TimeboxMinutes { get; init; }
    public string? Language { get; init; }
}

public enum SetupField
{
    Title,
    Product,
    Goal,
    CustomStages,
    Segments,
    Timebox,
}

public enum SetupProblemKind
{
    Missing,
    TooLong,
    StageCount,
    DuplicateStage,
    SegmentCount,
    SegmentNameMissing,
    TimeboxRange,
}

public sealed record SetupProblem(SetupField Field, SetupProblemKind Kind, int Limit = 0);

/// <summary>A setup that passed every check: the frame of a new workshop, minus identity and time.</summary>
public sealed record WorkshopSetup(
    string Title,
    string Product,
    string Goal,
    MapType MapType,
    StageTemplate Template,
    IReadOnlyList<string> Stages,
    IReadOnlyList<Segment> Segments,
    bool KpiEnabled,
    bool Anonymous,
    TimeSpan? Timebox,
    Language Language)
{
    /// <summary>Each stage runs blind from the moment the session first reaches it (see <see cref="WorkshopFrame.BlindStages"/>).</summary>
    public bool BlindStages { get; init; }

    public const int MaxTitle = 100;
    public const int MaxProduct = 200;
    public const int MaxGoal = 500;
    public const int MinStages = 2;
    public const int MaxStages = 10;
    public const int MaxStageName = 60;
    public const int MinSegments = 1;
    public const int MaxSegments = 5;
    public const int MaxSegmentName = 60;
    public const int MaxPortrait = 300;
    public const int MinTimebox = 1;
    public const int MaxTimebox = 120;

    /// <summary>Checks the form; returns the setup, or every problem at once so the facilitator fixes them in one go.</summary>
    public static (WorkshopSetup? Setup, IReadOnlyList<SetupProblem> Problems) Parse(WorkshopSetupInput input, Language fallbackLanguage)
    {
        var problems = new List<SetupProblem>();
        var title = Required(input.Title, SetupField.Title, MaxTitle, problems);
        var product = Required(input.Product, SetupField.Product, MaxProduct, problems);
        var goal = Required(input.Goal, SetupField.Goal, MaxGoal, problems);
        var language = Languages.TryParse(input.Language) ?? fallbackLanguage;
        var mapType = Enum.TryParse<MapType>(input.MapType, ignoreCase: true, out var parsedType) ? parsedType : Frame.MapType.CurrentState;
        var template = Enum.TryParse<StageTemplate>(input.Template, ignoreCase: true, out var parsedTemplate) ? parsedTemplate : StageTemplate.Lifecycle;

        IReadOnlyList<string> stages = template == StageTemplate.Custom
            ? ParseStages(input.CustomStages, problems)
            : StageTemplates.Stages(template, language);
        var segments = ParseSegments(input.Segments, problems);
        var timebox = ParseTimebox(input.TimeboxMinutes, problems);

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        return (new WorkshopSetup(title, product, goal, mapType, template, stages, segments,
            IsOn(input.Kpi), IsOn(input.Anonymous), timebox, language) { BlindStages = IsOn(input.Blind) }, problems);
    }

    /// <summary>Splits a typed list on new lines, commas, semicolons and arrows.</summary>
    public static IReadOnlyList<string> SplitList(string? text) =>
        (text ?? "").Replace("->", "\n", StringComparison.Ordinal)
            .Split(['\n', '\r', ',', ';', '→', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static List<string> ParseStages(string? text, List<SetupProblem> problems)
    {
        var stages = SplitList(text).ToList();
        if (stages.Count == 0)
        {
            problems.Add(new SetupProblem(SetupField.CustomStages, SetupProblemKind.Missing));
        }
        else if (stages.Count is < MinStages or > MaxStages)
        {
            problems.Add(new SetupProblem(SetupField.CustomStages, SetupProblemKind.StageCount));
        }
        else if (stages.Distinct(StringComparer.CurrentCultureIgnoreCase).Count() != stages.Count)
        {
            problems.Add(new SetupProblem(SetupField.CustomStages, SetupProblemKind.DuplicateStage));
        }
        else if (stages.Any(stage => stage.Length > MaxStageName))
        {
            problems.Add(new SetupProblem(SetupField.CustomStages, SetupProblemKind.TooLong, MaxStageName));
        }

        return stages;
    }

    private static List<Segment> ParseSegments(string? text, List<SetupProblem> problems)
    {
        var lines = (text ?? "").Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length is < MinSegments or > MaxSegments)
        {
            problems.Add(new SetupProblem(SetupField.Segments, SetupProblemKind.SegmentCount));
            return [];
        }

        var segments = new List<Segment>();
        foreach (var line in lines)
        {
            var split = line.IndexOfAny([':', '—', '–']);
            var name = (split < 0 ? line : line[..split]).Trim();
            var portrait = split < 0 ? "" : line[(split + 1)..].Trim();
            if (name.Length == 0)
            {
                problems.Add(new SetupProblem(SetupField.Segments, SetupProblemKind.SegmentNameMissing));
                return [];
            }

            if (name.Length > MaxSegmentName || portrait.Length > MaxPortrait)
            {
                problems.Add(new SetupProblem(SetupField.Segments, SetupProblemKind.TooLong, name.Length > MaxSegmentName ? MaxSegmentName : MaxPortrait));
                return [];
            }

            segments.Add(new Segment("s" + (segments.Count + 1).ToString(CultureInfo.InvariantCulture), name, portrait));
        }

        return segments;
    }

    private static TimeSpan? ParseTimebox(string? text, List<SetupProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) && minutes is >= MinTimebox and <= MaxTimebox)
        {
            return TimeSpan.FromMinutes(minutes);
        }

        problems.Add(new SetupProblem(SetupField.Timebox, SetupProblemKind.TimeboxRange));
        return null;
    }

    private static string Required(string? value, SetupField field, int max, List<SetupProblem> problems)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            problems.Add(new SetupProblem(field, SetupProblemKind.Missing));
        }
        else if (trimmed.Length > max)
        {
            problems.Add(new SetupProblem(field, SetupProblemKind.TooLong, max));
        }

        return trimmed;
    }

    private static bool IsOn(string? value) => value is not null && (value.Equals("true", StringComparison.OrdinalIgnoreCase) || value == "1");
}
