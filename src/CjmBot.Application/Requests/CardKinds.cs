namespace CjmBot.Application.Requests;

/// <summary>
/// The kinds of card whose buttons may replace the card they are on (for everyone, with <c>Action.Submit</c>): the bot
/// records each such card when it posts it, and an action of the kind's verbs is honoured only on a card of that kind.
/// </summary>
public static class CardKinds
{
    public const string Help = "help";
    public const string Setup = "setup";
    public const string DeleteConfirmation = "delete-confirmation";

    /// <summary>The themes card (accept, rename, merge, move, split, reset), updated in place after each action.</summary>
    public const string Themes = "themes";

    /// <summary>"Forget everything of mine?" in a person's personal chat, posted for them alone.</summary>
    public const string ForgetConfirmation = "forget-confirmation";

    /// <summary>"Forget this participant in this workshop?" in the workshop's chat, for its facilitators.</summary>
    public const string ForgetParticipantConfirmation = "forget-participant-confirmation";

    /// <summary>A card that asks about a typed answer before it is recorded ("did you mean next?", "which score?").</summary>
    public const string AnswerPrompt = "answer-prompt";
}
