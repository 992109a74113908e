namespace CjmBot.Dialogs.Prompts;

/// <summary>One option of a <see cref="ChoicePrompt"/>: the value it ends with, and other words (any language) that pick it.</summary>
public sealed record Choice(string Value, IReadOnlyList<string> Synonyms)
{
    public Choice(string value, params string[] synonyms)
        : this(value, (IReadOnlyList<string>)synonyms)
    {
    }
}
