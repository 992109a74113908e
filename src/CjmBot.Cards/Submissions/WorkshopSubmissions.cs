using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Questions;

namespace CjmBot.Cards.Submissions;

/// <summary>The help card's button that opens the setup form.</summary>
public sealed record NewWorkshopSubmit : ICardSubmission
{
    public const string VerbName = "workshop.new";

    public string Verb => VerbName;

    public void WriteData(JsonObject data)
    {
    }
}

/// <summary>The setup card's start button; the form's inputs arrive merged into the data.</summary>
public sealed record CreateWorkshopSubmit : ICardSubmission
{
    public const string VerbName = "workshop.create";

    public string Verb => VerbName;

    public void WriteData(JsonObject data)
    {
    }

    /// <summary>Reads the setup form's inputs (ids from <see cref="SetupInputs"/>).</summary>
    public static WorkshopSetupInput ReadForm(JsonElement data) => new()
    {
        Title = CardSubmissions.ReadString(data, SetupInputs.Title),
        Product = CardSubmissions.ReadString(data, SetupInputs.Product),
        Goal = CardSubmissions.ReadString(data, SetupInputs.Goal),
        MapType = CardSubmissions.ReadString(data, SetupInputs.MapType),
        Template = CardSubmissions.ReadString(data, SetupInputs.Template),
        CustomStages = CardSubmissions.ReadString(data, SetupInputs.CustomStages),
        Segments = CardSubmissions.ReadString(data, SetupInputs.Segments),
        Kpi = CardSubmissions.ReadString(data, SetupInputs.Kpi),
        Anonymous = CardSubmissions.ReadString(data, SetupInputs.Anonymous),
        Blind = CardSubmissions.ReadString(data, SetupInputs.Blind),
        TimeboxMinutes = CardSubmissions.ReadString(data, SetupInputs.Timebox),
        Language = CardSubmissions.ReadString(data, SetupInputs.Language),
    };
}

/// <summary>Input ids of the setup card, shared by the card and the reader of its submission.</summary>
public static class SetupInputs
{
    public const string Title = "title";
    public const string Product = "product";
    public const string Goal = "goal";
    public const string MapType = "mapType";
    public const string Template = "template";
    public const string CustomStages = "customStages";
    public const string Segments = "segments";
    public const string Kpi = "kpi";
    public const string Anonymous = "anonymous";
    public const string Blind = "blind";
    public const string Timebox = "timebox";
    public const string Language = "language";
}

public sealed record CancelSetupSubmit : ICardSubmission
{
    public const string VerbName = "workshop.cancelSetup";

    public string Verb => VerbName;

    public void WriteData(JsonObject data)
    {
    }
}

/// <summary>Input ids of the question card.</summary>
public static class AnswerInputs
{
    public const string Answer = "answer";
    public const string Score = "score";
    public const string Source = "source";
}

/// <summary>
/// An answer (or an insight) given in a question card. The card names the question it showed, so the
/// answer lands where the person meant it even if the session moved on meanwhile.
/// </summary>
public sealed record AnswerSubmit(string WorkshopId, string SegmentId, int Stage, QuestionKey Question, bool AsInsight = false) : ICardSubmission
{
    public const string AnswerVerb = "workshop.answer";
    public const string InsightVerb = "workshop.insight";

    public string Verb => AsInsight ? InsightVerb : AnswerVerb;

    public void WriteData(JsonObject data)
    {
        data["workshopId"] = WorkshopId;
        data["segmentId"] = SegmentId;
        data["stage"] = Stage.ToString(CultureInfo.InvariantCulture);
        data["question"] = Question.ToString();
    }

    public static AnswerSubmit? Read(JsonElement data, bool asInsight) =>
        CardSubmissions.ReadString(data, "workshopId") is { } workshopId
        && CardSubmissions.ReadString(data, "segmentId") is { } segmentId
        && int.TryParse(CardSubmissions.ReadString(data, "stage"), NumberStyles.None, CultureInfo.InvariantCulture, out var stage)
        && Enum.TryParse<QuestionKey>(CardSubmissions.ReadString(data, "question"), out var question)
            ? new AnswerSubmit(workshopId, segmentId, stage, question, asInsight)
            : null;

    public static string? ReadAnswer(JsonElement data) => CardSubmissions.ReadString(data, AnswerInputs.Answer);

    public static string? ReadScore(JsonElement data) => CardSubmissions.ReadString(data, AnswerInputs.Score);

    public static string? ReadSource(JsonElement data) => CardSubmissions.ReadString(data, AnswerInputs.Source);
}

/// <summary>The facilitator's moves that have a button.</summary>
public enum WorkshopMove
{
    Next,
    Back,
    Skip,
    Pause,
    Resume,
}

/// <summary>A facilitator button. The revision it was shown at lets a click on an old card be refused instead of moving twice.</summary>
public sealed record WorkshopMoveSubmit(WorkshopMove Move, string WorkshopId, int Revision) : ICardSubmission
{
    public static IReadOnlyList<string> Verbs { get; } = Enum.GetValues<WorkshopMove>().Select(VerbOf).ToList();

    public string Verb => VerbOf(Move);

    public void WriteData(JsonObject data)
    {
        data["workshopId"] = WorkshopId;
        data["revision"] = Revision.ToString(CultureInfo.InvariantCulture);
    }

    public static string VerbOf(WorkshopMove move) => "workshop." + move.ToString().ToLowerInvariant();

    public static WorkshopMoveSubmit? Read(string verb, JsonElement data) =>
        Enum.GetValues<WorkshopMove>().FirstOrDefault(move => VerbOf(move) == verb) is var move
        && VerbOf(move) == verb
        && CardSubmissions.ReadString(data, "workshopId") is { } workshopId
        && int.TryParse(CardSubmissions.ReadString(data, "revision"), NumberStyles.None, CultureInfo.InvariantCulture, out var revision)
            ? new WorkshopMoveSubmit(move, workshopId, revision)
            : null;
}
