using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Progress;

namespace CjmBot.Cards.Screens;

/// <summary>
/// The question card's count section: how many answered the question it shows and, unless the workshop is anonymous, who.
/// The live map's redraw job puts it into the card in place as answers arrive, so a typed answer in a group chat shows
/// right under its question without a reply of its own. In a blind round it counts the answers but names nobody (the
/// answers it reads are <see cref="WorkshopSnapshot.Answers"/>, which leave the hidden ones out) and says the round is blind.
/// </summary>
public static class QuestionCardCount
{
    /// <summary>Names shown before the rest are only counted (the card stays short in a big group).</summary>
    public const int MaxNames = 8;

    /// <summary>What the section shows; the redraw job compares it with what the card showed last.</summary>
    public readonly record struct Shown(int Answers, int People, bool Blind = false);

    public static IReadOnlyList<Answer> AnswersTo(WorkshopSnapshot workshop, Position position)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var segment = workshop.Frame.Segments[position.Segment].Id;
        var question = workshop.Frame.Questions[position.Question];
        return workshop.Answers.Where(answer => answer.SegmentId == segment && answer.StageIndex == position.Stage && answer.Question == question).ToList();
    }

    /// <summary>What the section shows: the answers (hidden ones counted, as a plain number), the people named, whether blind.</summary>
    public static Shown Of(WorkshopSnapshot workshop, Position position)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var answers = AnswersTo(workshop, position);
        var (segment, question) = (workshop.Frame.Segments[position.Segment].Id, workshop.Frame.Questions[position.Question]);
        return new(
            answers.Count + workshop.HiddenCount(segment, position.Stage, question),
            answers.Select(answer => answer.Author.Id).Distinct(StringComparer.Ordinal).Count(),
            IsBlind(workshop, position));
    }

    /// <summary>Whether the question at <paramref name="position"/> runs blind.</summary>
    public static bool IsBlind(WorkshopSnapshot workshop, Position position)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        return workshop.Progress.Hides(
            workshop.Frame, workshop.Frame.Segments[position.Segment].Id, position.Stage, workshop.Frame.Questions[position.Question]);
    }

    /// <summary>The line naming who answered, in order of their first answer; none while nobody has or when anonymous.</summary>
    public static IEnumerable<CardElement> Elements(WorkshopSnapshot workshop, Position position)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        if (IsBlind(workshop, position))
        {
            yield return new TextBlock(BlindText.For(workshop.Frame.Language).CardNote) { Color = TextColor.Warning, Spacing = Spacing.Small };
            yield break;
        }

        if (workshop.Frame.Anonymous)
        {
            yield break;
        }

        var people = AnswersTo(workshop, position).OrderBy(answer => answer.At).Select(answer => answer.Author)
            .DistinctBy(person => person.Id, StringComparer.Ordinal).Select(person => person.Name).ToList();
        if (people.Count == 0)
        {
            yield break;
        }

        var text = WorkshopText.For(workshop.Frame.Language);
        var shown = people.Take(MaxNames).ToList();

        // Names are participants' text: a text run, never markdown.
        yield return new RichText(new TextRun(text.AnsweredBy(shown, people.Count - shown.Count)) { Subtle = true }) { Spacing = Spacing.None };
    }
}
