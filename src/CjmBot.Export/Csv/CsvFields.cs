using System.Text;

namespace CjmBot.Export.Csv;

/// <summary>RFC 4180 fields, with text made harmless for spreadsheets that evaluate formulas on open.</summary>
internal static class CsvFields
{
    /// <summary>
    /// A text cell that a spreadsheet could read as a formula (<c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, or a tab or
    /// carriage return before one) gets a leading apostrophe: shown as text, never run (OWASP CSV injection).
    /// </summary>
    public static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    /// <summary>Quotes a field when it holds a separator, a quote or a line break; quotes inside are doubled.</summary>
    public static void Append(StringBuilder line, string field)
    {
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            line.Append(field);
            return;
        }

        line.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
