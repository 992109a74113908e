using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CjmBot.Cards.Submissions;

/// <summary>
/// A button that runs a text command as if its clicker had typed it: "Yes, next" under "did you mean", the next steps
/// once every question was asked, "Show the current question" under <c>status</c>. The command's own use case decides
/// who may run it, exactly as for the typed command.
/// </summary>
public sealed record RunCommandSubmit(string Command) : ICardSubmission
{
    public const string VerbName = "command.run";

    public string Verb => VerbName;

    public void WriteData(JsonObject data) => data["command"] = Command;

    public static RunCommandSubmit? Read(JsonElement data) =>
        CardSubmissions.ReadString(data, "command") is { Length: > 0 } command ? new RunCommandSubmit(command) : null;
}

/// <summary>
/// A typed answer the bot asked about before recording it, completed on the card that asked: the question it was typed
/// for, the words and the source read from them, and the score chosen on the card (none after "record it as my answer").
/// </summary>
public sealed record CompleteAnswerSubmit(AnswerSubmit Question, string Text, string? Source, int? Score) : ICardSubmission
{
    public const string VerbName = "answer.complete";

    public string Verb => VerbName;

    public void WriteData(JsonObject data)
    {
        Question.WriteData(data);
        data["text"] = Text;
        if (Source is not null)
        {
            data["source"] = Source;
        }

        if (Score is { } score)
        {
            data["score"] = score.ToString(CultureInfo.InvariantCulture);
        }
    }

    public static CompleteAnswerSubmit? Read(JsonElement data) =>
        AnswerSubmit.Read(data, asInsight: false) is { } question && CardSubmissions.ReadString(data, "text") is { } text
            ? new CompleteAnswerSubmit(
                question,
                text,
                CardSubmissions.ReadString(data, "source"),
                int.TryParse(CardSubmissions.ReadString(data, "score"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var score) ? score : null)
            : null;
}
