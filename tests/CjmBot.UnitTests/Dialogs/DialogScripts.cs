using System.Text.Json.Nodes;
using CjmBot.Dialogs;
using CjmBot.Testing;
using Xunit;
using static CjmBot.Dialogs.DialogTurnStatus;

namespace CjmBot.UnitTests.Dialogs;

/// <summary>What the person does in one turn of a script, and what must come of it.</summary>
internal abstract record ScriptStep(string? Reply, DialogTurnStatus Status, string? Result)
{
    public abstract Task<IReadOnlyList<CjmBot.Protocol.Schema.Activity>> ActAsync(DialogTestClient client);
}

internal sealed record Say(string Text, string? Reply, DialogTurnStatus Status, string? Result = null) : ScriptStep(Reply, Status, Result)
{
    public override Task<IReadOnlyList<CjmBot.Protocol.Schema.Activity>> ActAsync(DialogTestClient client) => client.SendAsync(Text);
}

internal sealed record Click(string Verb, string Field, string Value, bool AsSubmit, string? Reply, DialogTurnStatus Status, string? Result = null)
    : ScriptStep(Reply, Status, Result)
{
    public override Task<IReadOnlyList<CjmBot.Protocol.Schema.Activity>> ActAsync(DialogTestClient client)
    {
        var data = new JsonObject { [Field] = Value };
        return AsSubmit ? client.SubmitAsync(Verb, data) : client.ClickAsync(Verb, data);
    }
}

/// <summary>A named conversation with one dialog: its root and the turns, in order.</summary>
internal sealed record DialogScript(string RootDialogId, params ScriptStep[] Steps);

/// <summary>
/// The named cases (the botbuilder <c>BookingDialogTests</c> idea). Each step's <c>Reply</c> is every message
/// of the turn joined by " | " (null: no message at all); <c>Result</c> is the dialog result as JSON.
/// "cancel" is routed to the runner's cancel, as the bot's command would be.
/// </summary>
internal static class DialogScripts
{
    public const string CancelWord = "cancel";

    private static readonly Dictionary<string, DialogScript> Scripts = new(StringComparer.Ordinal)
    {
        ["Full survey, every answer accepted first time"] = new(SurveyDialogs.Survey,
            new Say("hi", "Your name?", Waiting),
            new Say("Anna", "Score from -2 to +2?", Waiting),
            new Say("+2", "Role? 1 sales, 2 support", Waiting),
            new Say("2", "Save?", Waiting),
            new Say("yes", "Saved Anna 2 support", Complete, """{"name":"Anna","score":2,"role":"support"}""")),

        ["Text prompt: empty, blank and too long answers are asked again"] = new(SurveyDialogs.Survey,
            new Say("hi", "Your name?", Waiting),
            new Say("", "Again: Your name?", Waiting),
            new Say("   ", "Again: Your name?", Waiting),
            new Say(new string('a', 21), "Again: Your name?", Waiting),
            new Say("  Anna  ", "Score from -2 to +2?", Waiting)),

        ["Number prompt: out of range, fractional and words are refused, then +2 is taken"] = new(SurveyDialogs.LoneScore,
            new Say("hi", "lone-score?", Waiting),
            new Say("3", "Again: lone-score?", Waiting),
            new Say("1.5", "Again: lone-score?", Waiting),
            new Say("+2", null, Complete, "2")),

        ["Number prompt: a Unicode minus is a minus"] = new(SurveyDialogs.LoneScore,
            new Say("hi", "lone-score?", Waiting),
            new Say("\u22121", null, Complete, "-1")),

        ["Number prompt: minus two with a space after the sign is the lower bound"] = new(SurveyDialogs.LoneScore,
            new Say("hi", "lone-score?", Waiting),
            new Say("- 2", null, Complete, "-2")),

        ["Choice prompt: by number"] = new(SurveyDialogs.Survey,
            new Say("hi", "Your name?", Waiting),
            new Say("Anna", "Score from -2 to +2?", Waiting),
            new Say("\u22121", "Role? 1 sales, 2 support", Waiting),
            new Say("1", "Save?", Waiting),
            new Say("да", "Saved Anna -1 sales", Complete, """{"name":"Anna","score":-1,"role":"sales"}""")),

        ["Choice prompt: by a Russian synonym, after an unknown word and an out-of-list number"] = new(SurveyDialogs.Survey,
            new Say("hi", "Your name?", Waiting),
            new Say("Борис", "Score from -2 to +2?", Waiting),
            new Say("0", "Role? 1 sales, 2 support", Waiting),
            new Say("маркетинг", "Again: Role? 1 sales, 2 support", Waiting),
            new Say("3", "Again: Role? 1 sales, 2 support", Waiting),
            new Say("Поддержка.", "Save?", Waiting),
            new Say("Да", "Saved Борис 0 support", Complete, """{"name":"Борис","score":0,"role":"support"}""")),

        ["Confirm prompt: нет discards, after a word that is neither"] = new(SurveyDialogs.Survey,
            new Say("hi", "Your name?", Waiting),
            new Say("Anna", "Score from -2 to +2?", Waiting),
            new Say("1", "Role? 1 sales, 2 support", Waiting),
            new Say("sales", "Save?", Waiting),
            new Say("может быть", "Again: Save?", Waiting),
            new Say("нет", "Discarded", Complete)),

        ["Card action: an Action.Execute answers the text prompt"] = new(SurveyDialogs.Survey,
            new Say("hi", "Your name?", Waiting),
            new Click("answer", "value", "Anna", AsSubmit: false, "Score from -2 to +2?", Waiting)),

        ["Card action: an Action.Execute advances a waterfall step"] = new(SurveyDialogs.Pick,
            new Say("hi", "Pick a colour", Waiting),
            new Click("pick", "colour", "teal", AsSubmit: false, "Picked teal by execute at step 1", Complete, "\"teal\"")),

        ["Card action: an Action.Submit advances a waterfall step"] = new(SurveyDialogs.Pick,
            new Say("hi", "Pick a colour", Waiting),
            new Click("pick", "colour", "ochre", AsSubmit: true, "Picked ochre by submit at step 1", Complete, "\"ochre\"")),

        ["Cancel mid-way, then the next message starts over"] = new(SurveyDialogs.Survey,
            new Say("hi", "Your name?", Waiting),
            new Say("Anna", "Score from -2 to +2?", Waiting),
            new Say(CancelWord, null, Cancelled),
            new Say("hi again", "Your name?", Waiting)),

        ["Max attempts: the score prompt gives up and the survey goes on without it"] = new(SurveyDialogs.Survey,
            new Say("hi", "Your name?", Waiting),
            new Say("Anna", "Score from -2 to +2?", Waiting),
            new Say("5", "Again: Score from -2 to +2?", Waiting),
            new Say("lots", "Again: Score from -2 to +2?", Waiting),
            new Say("-9", "Role? 1 sales, 2 support", Waiting),
            new Say("1", "Save?", Waiting),
            new Say("ok", "Saved Anna no score sales", Complete, """{"name":"Anna","score":null,"role":"sales"}""")),

        ["Max attempts: a lone prompt ends with no result"] = new(SurveyDialogs.LoneScore,
            new Say("hi", "lone-score?", Waiting),
            new Say("x", "Again: lone-score?", Waiting),
            new Say("y", "Again: lone-score?", Waiting),
            new Say("z", null, Complete)),
    };

    public static TheoryData<string> Names => new(Scripts.Keys);

    public static DialogScript Get(string name) => Scripts[name];
}
