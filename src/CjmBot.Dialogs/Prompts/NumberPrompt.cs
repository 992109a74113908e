using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace CjmBot.Dialogs.Prompts;

/// <summary>
/// Accepts a number between <see cref="Min"/> and <see cref="Max"/>. Signs may be written <c>+2</c>,
/// <c>-1</c> or with the typographic minus and dashes phones and word processors put in (<c>−1</c>);
/// a comma works as the decimal separator.
/// </summary>
public sealed class NumberPrompt(string id, PromptSender send) : Prompt<decimal>(id, send)
{
    public decimal? Min { get; init; }

    public decimal? Max { get; init; }

    public bool WholeNumbersOnly { get; init; }

    /// <summary>Reads a number as people type it; false for anything else.</summary>
    public static bool TryParse(string text, out decimal value)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            normalized.Append(c switch
            {
                '\u2212' or '\u2012' or '\u2013' or '\u2014' or '\uFE63' or '\uFF0D' => '-',
                '\uFF0B' => '+',
                ',' => '.',
                _ => c,
            });
        }

        // "+ 2" and "- 1": a space after the sign is common on phones.
        if (normalized.Length > 1 && normalized[0] is '+' or '-')
        {
            while (normalized.Length > 1 && char.IsWhiteSpace(normalized[1]))
            {
                normalized.Remove(1, 1);
            }
        }

        return decimal.TryParse(
            normalized.ToString(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    protected override bool TryRecognize(string text, JsonNode? options, out decimal value) =>
        TryParse(text, out value)
        && !(value < Min) && !(value > Max)
        && (!WholeNumbersOnly || value == decimal.Truncate(value));

    // Parsed rather than wrapped, so the result reads as int or decimal alike, before and after it is stored.
    protected override JsonNode ToResult(decimal value) =>
        JsonNode.Parse(value.ToString("0.############################", CultureInfo.InvariantCulture))!;
}
