using System.Globalization;
using System.Text.RegularExpressions;

namespace CjmBot.Workshops.Contributions;

public enum AnswerProblem
{
    None,
    Empty,
    TooLong,
    ScoreOutOfRange,

    /// <summary>An emotions answer without a score (none given, or one that is no whole number such as <c>+1.5</c>).</summary>
    ScoreMissing,
}

/// <summary>What an answer may be, and how a score and a source are read from plain text.</summary>
public static partial class AnswerRules
{
    /// <summary>Longer than this is almost certainly a paste by mistake; the author gets a clear message.</summary>
    public const int MaxLength = 2000;

    public const int MinScore = -2;
    public const int MaxScore = 2;

    public static AnswerProblem Check(string? text) =>
        string.IsNullOrWhiteSpace(text) ? AnswerProblem.Empty
        : text.Trim().Length > MaxLength ? AnswerProblem.TooLong
        : AnswerProblem.None;

    public static AnswerProblem CheckScore(int? score) =>
        score is < MinScore or > MaxScore ? AnswerProblem.ScoreOutOfRange : AnswerProblem.None;

    /// <summary>
    /// Reads a leading emotion score from plain text (<c>+2 delighted</c>, <c>−1 unsure</c>, <c>0: meh</c>).
    /// Returns the rest of the text; a number outside −2…+2 is reported, not silently dropped.
    /// </summary>
    public static (int? Score, string Text, AnswerProblem Problem) ReadScore(string text)
    {
        var match = LeadingScore().Match(text);
        if (!match.Success)
        {
            return (null, text.Trim(), AnswerProblem.None);
        }

        var number = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        var score = match.Groups["sign"].Value is "-" or "−" or "–" ? -number : number;
        var rest = text[match.Length..].Trim();
        var problem = CheckScore(score);
        // Out of range, the words are kept without the number, so choosing a valid score does not meet it again.
        return (score, rest.Length == 0 && problem == AnswerProblem.None ? text.Trim() : rest, problem);
    }

    /// <summary>Reads an evidence tag (<c>#tickets</c>, <c>#отзывы</c> …) anywhere in the text and removes it.</summary>
    public static (EvidenceSource? Source, string Text) ReadSource(string text)
    {
        foreach (Match match in SourceTag().Matches(text))
        {
            if (ParseSource(match.Groups["tag"].Value) is { } source)
            {
                var rest = (text[..match.Index] + text[(match.Index + match.Length)..]).Trim();
                return (source, rest.Length == 0 ? text.Trim() : rest);
            }
        }

        return (null, text);
    }

    public static EvidenceSource? ParseSource(string? value) => value?.Trim().TrimStart('#').ToLowerInvariant() switch
    {
        "tickets" or "support" or "supporttickets" or "обращения" or "тикеты" or "поддержка" => EvidenceSource.SupportTickets,
        "reviews" or "review" or "отзывы" or "отзыв" => EvidenceSource.Reviews,
        "analytics" or "data" or "аналитика" or "данные" => EvidenceSource.Analytics,
        "interview" or "interviews" or "интервью" => EvidenceSource.Interview,
        "experience" or "опыт" => EvidenceSource.Experience,
        _ => null,
    };

    [GeneratedRegex(@"^\s*(?<sign>[+\-−–]?)(?<n>\d{1,2})(?!\d)\s*[:.,;)]?(?=\s|$)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LeadingScore();

    [GeneratedRegex(@"#(?<tag>[\p{L}]+)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SourceTag();
}
