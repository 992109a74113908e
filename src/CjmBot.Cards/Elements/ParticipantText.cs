using System.Buffers;
using System.Text;

namespace CjmBot.Cards.Elements;

/// <summary>
/// Makes participants' text safe to show: plain text runs for cards, escaped markdown for the few places
/// that only take markdown. Nothing a participant types can become a link, a mention or formatting.
/// </summary>
public static class ParticipantText
{
    /// <summary>What <see cref="Clean"/> changes: carriage returns, other control characters than newline and tab, and angle brackets.</summary>
    private static readonly SearchValues<char> Unclean = SearchValues.Create(
        Enumerable.Range(0, 0xA0).Select(code => (char)code).Where(c => c is '\r' or '<' or '>' || (char.IsControl(c) && c is not '\n' and not '\t')).ToArray());

    /// <summary>Normalises newlines, drops control characters and neutralises <c>&lt;at&gt;</c> mention markup.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAny(Unclean))
        {
            // Most text needs nothing; cards clean every run, so this spares a copy of each.
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'))
        {
            if (c == '\n' || c == '\t' || !char.IsControl(c))
            {
                builder.Append(c == '<' ? '‹' : c == '>' ? '›' : c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Escapes markdown for a TextBlock or Fact: every markdown character backslashed, newlines folded.</summary>
    public static string EscapeMarkdown(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in Clean(text).Replace('\n', ' ').Replace('\t', ' '))
        {
            if (c is '\\' or '*' or '_' or '~' or '`' or '[' or ']' or '(' or ')' or '#' or '!' or '|' or '+' or '-' or '.' or '{' or '}')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Shortens to <paramref name="maxLength"/> characters with an ellipsis, never splitting a surrogate pair.</summary>
    public static string Truncate(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = maxLength - 1;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut), "…");
    }
}
