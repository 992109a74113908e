using System.Text.Json.Nodes;
using CjmBot.Bot.Routes;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Screens;
using CjmBot.Testing;
using CjmBot.Workshops;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Progress;

namespace CjmBot.UnitTests.Cards;

/// <summary>
/// Every card the bot can send, built with representative data. Each entry has a golden file and is run
/// through the official Adaptive Cards renderer; a new card builder must be added here.
/// </summary>
public static class CardCatalog
{
    public static IEnumerable<(string Name, JsonObject Card)> All()
    {
        yield return ("help.en", HelpRoutes.CreateCard(Language.En));
        yield return ("help.ru", HelpRoutes.CreateCard(Language.Ru));
        yield return ("setup.en", SetupCard.Create(WorkshopTexts.English));
        yield return ("setup.ru", SetupCard.Create(WorkshopTexts.Russian));
        yield return ("setup.problems.en", SetupCard.Create(
            WorkshopTexts.English,
            new WorkshopSetupInput { Title = "Checkout", Template = "Custom", CustomStages = "Only one", Segments = ": no name", TimeboxMinutes = "7", Kpi = "true" },
            ["Stages: between 2 and 10.", "Segments: every line needs a name before the colon."]));
        yield return ("started.en", WorkshopStartedCard.Create(SampleWorkshops.Frame(Language.En)));
        yield return ("started.ru.v2", WorkshopStartedCard.Create(SampleWorkshops.Frame(Language.Ru) with { Version = 2 }));
        yield return ("question.goal.en", QuestionCard.Create(new QuestionCardModel(SampleWorkshops.Snapshot(position: new Position(0, 0, 0)))));
        yield return ("question.emotions.ru", QuestionCard.Create(new QuestionCardModel(SampleWorkshops.Snapshot(Language.Ru, position: new Position(0, 1, 2)))));
        yield return ("question.recorded.en", QuestionCard.Create(new QuestionCardModel(SampleWorkshops.Snapshot(position: new Position(0, 0, 3)))
        {
            Notice = "✓ Recorded: Barriers · Search “Delivery <at>cost</at> is hidden”",
        }));
        yield return ("question.refused.ru", QuestionCard.Create(new QuestionCardModel(SampleWorkshops.Snapshot(Language.Ru, position: new Position(1, 1, 5)))
        {
            Notice = "В ответе 2 500 символов, а можно не больше 2 000.", NoticeIsProblem = true, Draft = new string('я', 2500),
        }));
        yield return ("question.paused.en", QuestionCard.Create(new QuestionCardModel(SampleWorkshops.Snapshot(status: WorkshopStatus.Paused))));
        yield return ("map.en", MapCard.Create(SampleWorkshops.Snapshot(answersPerQuestion: 4)));
        yield return ("map.ru.anonymous.kpi", MapCard.Create(SampleWorkshops.Snapshot(Language.Ru, anonymous: true, kpi: true)));
        yield return ("map.en.large", MapCard.Create(SampleWorkshops.Snapshot(answersPerQuestion: 40, stages: 6, kpi: true)));
        yield return ("message.ru", MessageCard.Create(WorkshopTexts.Russian.SetupCancelled, Language.Ru));
        yield return ("map.stage.en", MapStageCard.Create(SampleWorkshops.Snapshot(answersPerQuestion: 3), new CjmBot.Cards.Submissions.MapLaneSubmit("wsample000001", "s1", 0)));
    }

    public static TheoryDataOf Names() => new(All().Select(entry => entry.Name));

    public static JsonObject Get(string name) => All().Single(entry => entry.Name == name).Card;
}

public sealed class TheoryDataOf : Xunit.TheoryData<string>
{
    public TheoryDataOf(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            Add(name);
        }
    }
}
