using System.Text;

namespace CjmBot.Export.Markdown;

/// <summary>
/// Makes participants' text inert in Markdown (Teams, Confluence, CommonMark/GFM): punctuation that could open
/// emphasis, links, tables or code is backslash-escaped, as is what opens a heading, list, quote or rule at the
/// start; HTML is turned into entities, and line breaks are folded so an answer stays inside its list item.
/// </summary>
internal static class MarkdownEscaper
{
    private const string Escaped = "\\`*_{}[]()|~";

    /// <summary>Harmless inside a line; a heading, list, quote or rule at its start.</summary>
    private const string EscapedAtStart = "#+->=";

    public static string Escape(string text)
    {
        text = text.Trim();
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\r':
                    break;
                case '\n':
                    builder.Append(' ');
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '&':
                    builder.Append("&amp;");
                    break;
                case '.' or ')' when EndsWithLeadingDigits(builder):
                    // "1. text" or "1) text" at the start would become a numbered list.
                    builder.Append('\\').Append(c);
                    break;
                default:
                    if (Escaped.Contains(c, StringComparison.Ordinal) || (builder.Length == 0 && EscapedAtStart.Contains(c, StringComparison.Ordinal)))
                    {
                        builder.Append('\\');
                    }

                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    private static bool EndsWithLeadingDigits(StringBuilder builder)
    {
        for (var i = 0; i < builder.Length; i++)
        {
            if (!char.IsAsciiDigit(builder[i]))
            {
                return false;
            }
        }

        return builder.Length > 0;
    }
}
