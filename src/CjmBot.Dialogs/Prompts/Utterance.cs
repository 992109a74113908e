namespace CjmBot.Dialogs.Prompts;

/// <summary>How prompts compare a typed word with the words they know.</summary>
internal static class Utterance
{
    public static string Normalize(string text) =>
        text.Trim().TrimEnd('.', '!', '?', ')').Trim().ToLowerInvariant().Replace('ё', 'е');

    public static bool Matches(string text, string word) =>
        string.Equals(Normalize(text), Normalize(word), StringComparison.Ordinal);
}
