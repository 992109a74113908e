using System.Text.Encodings.Web;
using System.Text.Json;
using CjmBot.Workshops.Frame;

namespace CjmBot.Workshops.People;

/// <summary>How a store tells that a free-form record (a state item, a card record) holds a person: their id or name, as written or JSON-escaped.</summary>
public static class PersonRecords
{
    /// <summary>Voter ids of ballots kept only as counts: random, so nothing links them to anyone.</summary>
    public const string AnonymousVoterPrefix = "cjmbot:anonymous-voter:";

    public static bool Mentions(string? text, Participant person)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        foreach (var form in Forms(person))
        {
            if (text.Contains(form, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> Forms(Participant person)
    {
        foreach (var value in new[] { person.Id, person.Name })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            yield return value;
            yield return JsonEncodedText.Encode(value, JavaScriptEncoder.Default).Value;
            yield return Uri.EscapeDataString(value);
            yield return KeyEscaped(value);
        }
    }

    /// <summary>The form a state key holds an id in (<c>StateKeys.Escape</c>: <c>/ \ # ? %</c> and control characters as <c>%XX</c>).</summary>
    private static string KeyEscaped(string value)
    {
        var builder = new System.Text.StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c))
            {
                builder.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
