using CjmBot.Workshops.Questions;

namespace CjmBot.Workshops.Contributions;

/// <summary>
/// An answer as read from what a person gave: the words, the emotion score (emotions question only), the evidence
/// source, and what is wrong with it. Typed answers, card answers and edits are all read here, so an edit is held to
/// exactly the rules of the answer it replaces.
/// </summary>
public sealed record AnswerReading(string Text, int? Score, EvidenceSource? Source, AnswerProblem Problem)
{
    public bool IsValid => Problem == AnswerProblem.None;

    /// <param name="typed">The words as given (a leading score and a <c>#source</c> tag are read out of them).</param>
    /// <param name="scoreInput">A score chosen on a card, which wins over one in the words.</param>
    /// <param name="sourceInput">A source chosen on a card, which wins over a tag in the words.</param>
    /// <param name="keptScore">The score that stands when neither the words nor a card give one (an edit keeps its answer's).</param>
    public static AnswerReading Read(QuestionKey question, string? typed, string? scoreInput = null, string? sourceInput = null, int? keptScore = null)
    {
        var (source, text) = AnswerRules.ReadSource(typed?.Trim() ?? "");
        source = AnswerRules.ParseSource(sourceInput) ?? source;
        int? score = null;
        if (question == QuestionKey.Emotions)
        {
            var (scoreInText, rest, scoreProblem) = AnswerRules.ReadScore(text);
            if (scoreProblem != AnswerProblem.None)
            {
                return new AnswerReading(rest, scoreInText, source, scoreProblem);
            }

            text = rest;
            score = int.TryParse(scoreInput, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var chosen)
                ? chosen
                : scoreInText ?? keptScore;
            if (AnswerRules.CheckScore(score) is var outOfRange and not AnswerProblem.None)
            {
                return new AnswerReading(text, score, source, outOfRange);
            }

            // The emotion curve is made of scores: an emotions answer without one is asked about, not half-recorded.
            if (score is null && AnswerRules.Check(text) == AnswerProblem.None)
            {
                return new AnswerReading(text.Trim(), null, source, AnswerProblem.ScoreMissing);
            }
        }

        return new AnswerReading(text.Trim(), score, source, AnswerRules.Check(text));
    }
}
