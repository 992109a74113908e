using System.Globalization;

namespace CjmBot.Export.Xlsx;

/// <summary>Turns any text into worksheet names Excel accepts: 1–31 characters, none of <c>[]:*?/\</c>, no edge apostrophe, unique ignoring case.</summary>
internal sealed class SheetNames
{
    public const int MaxLength = 31;

    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase)
    {
        // Excel keeps this name for its own change-tracking sheet.
        "History",
    };

    public string Claim(string wanted)
    {
        var clean = Clean(wanted);
        var name = clean;
        for (var n = 2; !_taken.Add(name); n++)
        {
            var suffix = " (" + n.ToString(CultureInfo.InvariantCulture) + ")";
            name = Truncate(clean, MaxLength - suffix.Length).TrimEnd() + suffix;
        }

        return name;
    }

    private static string Clean(string wanted)
    {
        var chars = wanted.Select(c => c is '[' or ']' or ':' or '*' or '?' or '/' or '\\' || char.IsControl(c) ? '_' : c).ToArray();
        var clean = Truncate(new string(chars).Trim().Trim('\''), MaxLength).Trim().Trim('\'');
        return clean.Length == 0 ? "Sheet" : clean;
    }

    /// <summary>Cuts at a text-element boundary so a surrogate pair is never split.</summary>
    private static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var length = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext() && length + elements.GetTextElement().Length <= max)
        {
            length += elements.GetTextElement().Length;
        }

        return text[..length];
    }
}
