using CjmBot.Testing;
using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Questions;
using CjmBot.Workshops.Themes;

namespace CjmBot.UnitTests.Cards;

/// <summary>Themes as the proposer gives them, built by hand so the card's tests do not depend on the grouping.</summary>
public static class SampleThemes
{
    /// <summary>The first segment: a theme of seven (five shown, "+2 more"), one of two, one of one; the second segment has none.</summary>
    public static IReadOnlyList<SegmentThemes> Of(Language language)
    {
        var frame = SampleWorkshops.Frame(language);
        var ru = language == Language.Ru;
        var next = 0;
        AnswerTheme Theme(string label, params string[] texts) =>
            new(label, texts.Select(text => Answer(frame.Segments[0].Id, $"a{next++}", text)).ToList());
        return
        [
            new SegmentThemes(frame.Segments[0],
            [
                ru
                    ? Theme("доставка стоимость", "Дорогая доставка", "Delivery is too expensive", "стоимость доставки видна только в конце", "Доставка стоит больше товара", "shipping cost hidden", "дорогая дотсавка", "delivery fee <at>surprise</at>")
                    : Theme("delivery cost", "Delivery is too expensive", "Дорогая доставка", "shipping cost shown only at the end", "delivery costs more than the item", "стоимость доставки скрыта", "delivry too pricey", "delivery fee <at>surprise</at>"),
                ru ? Theme("регистрация", "Нужно регистрироваться", "forced sign-up") : Theme("registration", "Must create an account", "обязательная регистрация"),
                ru ? Theme("оплата картой", "Не проходит оплата картой") : Theme("card payment", "Card payment fails"),
            ]),
            new SegmentThemes(frame.Segments[1], []),
        ];
    }

    /// <summary>
    /// After acceptance: the first segment has two accepted themes, a new answer suggested into the first, and a proposed
    /// theme for an answer in neither; the second segment has none.
    /// </summary>
    public static IReadOnlyList<SegmentThemes> Accepted(Language language)
    {
        var frame = SampleWorkshops.Frame(language);
        var ru = language == Language.Ru;
        var segment = frame.Segments[0].Id;
        var delivery = new AcceptedTheme("t1", ru ? "Стоимость доставки" : "Delivery cost",
            [Answer(segment, "a0", ru ? "Дорогая доставка" : "Delivery is too expensive"), Answer(segment, "a1", ru ? "доставка дороже товара" : "shipping costs more than the item")]);
        var signUp = new AcceptedTheme("t2", ru ? "Регистрация" : "Registration", [Answer(segment, "a2", ru ? "Нужно регистрироваться" : "Must create an account")]);
        return
        [
            new SegmentThemes(frame.Segments[0], [new AnswerTheme(ru ? "оплата картой" : "card payment", [Answer(segment, "a4", ru ? "Не проходит оплата картой" : "Card payment fails")])])
            {
                Accepted = [delivery, signUp],
                Suggestions = [new ThemeSuggestion(Answer(segment, "a3", ru ? "доставка <at>слишком</at> дорогая" : "delivery <at>far</at> too pricey"), delivery)],
                Version = "r1",
            },
            new SegmentThemes(frame.Segments[1], []),
        ];
    }

    /// <summary>Accepted themes of a big segment: <paramref name="themes"/> themes of <paramref name="answersEach"/> long answers each.</summary>
    public static SegmentThemes LargeAccepted(Segment segment, int themes, int answersEach)
    {
        var proposed = Large(segment, themes, answersEach);
        return new SegmentThemes(segment, [])
        {
            Accepted = [.. proposed.Themes.Select((theme, index) => new AcceptedTheme($"t{index}", theme.Label, theme.Answers))],
            Version = "r1",
        };
    }

    /// <summary>A segment with <paramref name="themes"/> themes of <paramref name="answersEach"/> long answers each, for the size tests.</summary>
    public static SegmentThemes Large(Segment segment, int themes, int answersEach)
    {
        var text = new string('ж', 200);
        return new SegmentThemes(segment, Enumerable.Range(0, themes)
            .Select(theme => new AnswerTheme($"тема {theme} " + new string('x', 40),
                Enumerable.Range(0, answersEach).Select(index => Answer(segment.Id, $"{segment.Id}-{theme}-{index}", text)).ToList()))
            .ToList());
    }

    private static Answer Answer(string segmentId, string id, string text) => new(
        id, new Participant("29:1boris", "Boris Ivanov"), segmentId, 0, QuestionKey.Barriers, text, null, null, SampleWorkshops.Start, false, false);
}
