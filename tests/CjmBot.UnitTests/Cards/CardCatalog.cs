using System.Text.Json.Nodes;
using CjmBot.Bot.Routes;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Screens;
using CjmBot.Testing;
using CjmBot.Workshops;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Progress;
using CjmBot.Workshops.Summary;
using CjmBot.Workshops.Voting;

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
        yield return ("question.earlier.ru", QuestionCard.Create(new QuestionCardModel(SampleWorkshops.Snapshot(Language.Ru, position: new Position(0, 1, 2)))
        {
            Shown = new Position(0, 0, 0), Notice = "✓ Записано: Цель · Поиск «Сравнить цены»",
        }));
        yield return ("did-you-mean.en", CommandSuggestionCard.Create(GuidanceTexts.English, "next", "nxet",
            new CjmBot.Cards.Submissions.CompleteAnswerSubmit(new CjmBot.Cards.Submissions.AnswerSubmit("wsample000001", "s1", 0, CjmBot.Workshops.Questions.QuestionKey.Goal), "nxet", null, null)));
        yield return ("did-you-mean.ru.no-workshop", CommandSuggestionCard.Create(GuidanceTexts.Russian, "дальше", "дальшн", null));
        yield return ("score-request.en", ScoreRequestCard.Create(Language.En, GuidanceTexts.English.ScoreMissing(-2, 2),
            new CjmBot.Cards.Submissions.CompleteAnswerSubmit(new CjmBot.Cards.Submissions.AnswerSubmit("wsample000001", "s1", 0, CjmBot.Workshops.Questions.QuestionKey.Emotions), "ecstatic <at>x</at>", "Reviews", null)));
        yield return ("score-request.ru", ScoreRequestCard.Create(Language.Ru, GuidanceTexts.Russian.ScoreMissing(-2, 2),
            new CjmBot.Cards.Submissions.CompleteAnswerSubmit(new CjmBot.Cards.Submissions.AnswerSubmit("wsample000001", "s1", 0, CjmBot.Workshops.Questions.QuestionKey.Emotions), "в восторге", null, null)));
        yield return ("prompt-answered.en", PromptAnsweredCard.Create(Language.En, "✓ Recorded: Emotions · Search (+2) “ecstatic”"));
        yield return ("next-steps.en", NextStepsCard.Create(Language.En, new NextSteps("vote", "actions", "conclude", "export", "map")));
        yield return ("next-steps.ru", NextStepsCard.Create(Language.Ru, new NextSteps("голосование", "задачи", "выводы", "экспорт", "карта")));
        yield return ("show-question.en", ShowQuestionCard.Create(Language.En, "question"));
        yield return ("question.paused.en", QuestionCard.Create(new QuestionCardModel(SampleWorkshops.Snapshot(status: WorkshopStatus.Paused))));
        yield return ("blind.question.en", BlindCard.Create("wsample000001", BlindTexts.English.QuestionBlind("Barriers", "Search"), Language.En));
        yield return ("blind.stage.ru", BlindCard.Create("wsample000001", BlindTexts.Russian.StageBlind("Поиск", "Владелец магазина"), Language.Ru));
        yield return ("question.blind.controls.ru", QuestionCard.Create(new QuestionCardModel(Blind(SampleWorkshops.Snapshot(Language.Ru, position: new Position(0, 0, 0)), new BlindRound(0, 0, null)))
        {
            ShowControls = true, Notice = BlindTexts.Russian.RecordedHidden,
        }));
        yield return ("map.en.blind", MapCard.Create(Blind(SampleWorkshops.Snapshot(answersPerQuestion: 2), new BlindRound(0, 1, null)), FullMap(Language.En)));
        yield return ("map.en", MapCard.Create(SampleWorkshops.Snapshot(answersPerQuestion: 4), FullMap(Language.En)));
        yield return ("map.ru.anonymous.kpi", MapCard.Create(SampleWorkshops.Snapshot(Language.Ru, anonymous: true, kpi: true), FullMap(Language.Ru)));
        yield return ("map.en.large", MapCard.Create(SampleWorkshops.Snapshot(answersPerQuestion: 40, stages: 6, kpi: true), FullMap(Language.En)));
        yield return ("message.ru", MessageCard.Create(WorkshopTexts.Russian.SetupCancelled, Language.Ru));
        yield return ("map.stage.en", MapStageCard.Create(SampleWorkshops.Snapshot(answersPerQuestion: 3), new CjmBot.Cards.Submissions.MapLaneSubmit("wsample000001", "s1", 0)));
        yield return ("invitation.en", InvitationCard.Create(new InvitationCardModel(SampleWorkshops.Frame(), [0, 1], 12, SampleWorkshops.Start.AddDays(2))));
        yield return ("invitation.reminder.ru", InvitationCard.Create(new InvitationCardModel(SampleWorkshops.Frame(Language.Ru), [1], 5, null) { IsReminder = true }));
        yield return ("async-question.goal.en", AsyncQuestionCard.Create(new AsyncQuestionCardModel(
            SampleWorkshops.Frame(), new CjmBot.Workshops.Async.AsyncQuestion("s1", 0, CjmBot.Workshops.Questions.QuestionKey.Goal), 1, 12)));
        yield return ("async-question.emotions.ru", AsyncQuestionCard.Create(new AsyncQuestionCardModel(
            SampleWorkshops.Frame(Language.Ru), new CjmBot.Workshops.Async.AsyncQuestion("s2", 1, CjmBot.Workshops.Questions.QuestionKey.Emotions), 9, 12)));
        yield return ("summary.en", Summary(SampleWorkshops.Snapshot(answersPerQuestion: 4), previous: null));
        yield return ("summary.ru.anonymous.v2", Summary(
            Version2(SampleWorkshops.Snapshot(Language.Ru, anonymous: true, answersPerQuestion: 3)), SampleWorkshops.Snapshot(Language.Ru, anonymous: true)));
        yield return ("delete.en", DeleteConfirmationCard.Create(SampleWorkshops.Frame()));
        yield return ("delete.ru", DeleteConfirmationCard.Create(SampleWorkshops.Frame(Language.Ru)));
        yield return ("themes.en", ThemesCard.Create(SampleWorkshops.Frame(), CjmBot.Workshops.Questions.QuestionKey.Barriers, SampleThemes.Of(Language.En)));
        yield return ("themes.ru", ThemesCard.Create(SampleWorkshops.Frame(Language.Ru), CjmBot.Workshops.Questions.QuestionKey.Solutions, SampleThemes.Of(Language.Ru)));
        yield return ("themes-accepted.en", ThemesCard.Create(
            SampleWorkshops.Frame(), CjmBot.Workshops.Questions.QuestionKey.Barriers, SampleThemes.Accepted(Language.En), "✓ Themes accepted and saved."));
        yield return ("themes-accepted.ru", ThemesCard.Create(
            SampleWorkshops.Frame(Language.Ru), CjmBot.Workshops.Questions.QuestionKey.Barriers, SampleThemes.Accepted(Language.Ru),
            "Темы изменились с тех пор, как была показана эта карточка; вот они сейчас. Ничего не изменено.", noticeIsProblem: true));
        foreach (var card in VotingCards())
        {
            yield return card;
        }
    }

    /// <summary>The voting, action item and conclusion cards, on a sample workshop with ballots and an assigned solution.</summary>
    private static IEnumerable<(string Name, JsonObject Card)> VotingCards()
    {
        var open = Voted(SampleWorkshops.Snapshot(answersPerQuestion: 2), VotingStatus.Open, budget: 3);
        var segment = open.Frame.Segments[0];
        var own = open.Decisions.Ballots[0];
        yield return ("vote.en", VotingCard.Create(new VotingCardModel(open, segment)
        {
            Votes = own.Votes, Notice = VotingTexts.English.BallotSaved(own.Spent, 3),
        }));
        var closedRu = Voted(SampleWorkshops.Snapshot(Language.Ru, answersPerQuestion: 1), VotingStatus.Closed, budget: 5);
        yield return ("vote.closed.ru", VotingCard.Create(new VotingCardModel(closedRu, closedRu.Frame.Segments[0])
        {
            Notice = VotingTexts.Russian.VotingClosed, NoticeIsProblem = true,
        }));
        yield return ("vote.results.en", VotingResultsCard.Create(Voted(SampleWorkshops.Snapshot(answersPerQuestion: 2), VotingStatus.Closed, budget: 3)));
        var themesRu = ThemesVoted(Language.Ru, VotingStatus.Open);
        yield return ("vote.themes.ru", VotingCard.Create(new VotingCardModel(themesRu, themesRu.Frame.Segments[0])
        {
            Votes = themesRu.Decisions.Ballots[0].Votes,
        }));
        var themesEn = ThemesVoted(Language.En, VotingStatus.Closed);
        yield return ("vote.results.themes.en", VotingResultsCard.Create(themesEn));
        yield return ("summary.themes.en", Summary(themesEn, previous: null));
        yield return ("actions.en", ActionItemsCard.Create(new ActionItemsCardModel(
            open, [("29:1anna", "Anna Petrova"), ("29:1boris", "Boris <at>Ivanov</at>")], new DateOnly(2026, 11, 23))));
        yield return ("conclusions.ru", ConclusionsCard.Create(new ConclusionsCardModel(SampleWorkshops.Frame(Language.Ru))
        {
            Values = new Dictionary<ConclusionTopic, string> { [ConclusionTopic.KpiChanges] = "Считать отказы на каждом шаге" },
            Notice = VotingTexts.Russian.ConclusionsSaved(1),
        }));
    }

    /// <summary>A workshop whose first segment has accepted barrier and solution themes, voted on (<c>vote themes</c>) by two people.</summary>
    private static WorkshopSnapshot ThemesVoted(Language language, VotingStatus status)
    {
        var workshop = SampleWorkshops.Snapshot(language, answersPerQuestion: 2);
        var segment = workshop.Frame.Segments[0].Id;
        var ru = language == Language.Ru;
        string[] IdsOf(CjmBot.Workshops.Questions.QuestionKey lane) =>
            [.. workshop.Answers.Where(a => a.SegmentId == segment && a.Question == lane).Select(a => a.Id)];
        var barriers = IdsOf(CjmBot.Workshops.Questions.QuestionKey.Barriers);
        var record = new CjmBot.Workshops.Themes.ThemeRecord
        {
            Id = "op-b", WorkshopId = workshop.Frame.Id, SegmentId = segment, Lane = CjmBot.Workshops.Questions.QuestionKey.Barriers,
            Themes =
            [
                new("tb1", ru ? "Скрытая стоимость <at>доставки</at>" : "Hidden delivery <at>cost</at>", barriers[..1]),
                new("tb2", ru ? "Длинная форма" : "Long form", barriers[1..]),
            ],
            By = workshop.Frame.CreatedBy, At = SampleWorkshops.Start,
        };
        var solutions = record with
        {
            Id = "op-s", Lane = CjmBot.Workshops.Questions.QuestionKey.Solutions,
            Themes = [new("ts1", ru ? "Цена сразу" : "Price up front", IdsOf(CjmBot.Workshops.Questions.QuestionKey.Solutions))],
        };
        var key = CjmBot.Workshops.Themes.ThemeVoting.BallotSegment(segment);
        var voter = new Participant("29:1voter", "Voter");
        Ballot[] ballots =
        [
            new(workshop.Frame.Id, key, voter, new Dictionary<string, int> { ["tb2"] = 2, ["ts1"] = 1 }, SampleWorkshops.Start),
            new(workshop.Frame.Id, key, voter with { Id = "29:1other" }, new Dictionary<string, int> { ["tb1"] = 3 }, SampleWorkshops.Start),
        ];
        return new WorkshopSnapshot(workshop.Frame, workshop.Progress, workshop.Contributions)
        {
            Decisions = new WorkshopDecisions(new VotingState(status, 3, SampleWorkshops.Start, workshop.Frame.CreatedBy) { OnThemes = true }, ballots, [], []),
            ThemeRecords = [record, solutions],
        };
    }

    private static WorkshopSnapshot Voted(WorkshopSnapshot workshop, VotingStatus status, int budget)
    {
        var segment = workshop.Frame.Segments[0].Id;
        var items = VotingItems.Of(workshop.Answers, segment);
        var solution = items.First(a => a.Question == CjmBot.Workshops.Questions.QuestionKey.Solutions);
        var voter = new Participant("29:1voter", "Voter");
        Ballot[] ballots =
        [
            new(workshop.Frame.Id, segment, voter, new Dictionary<string, int> { [items[0].Id] = 2, [solution.Id] = 1 }, SampleWorkshops.Start),
            new(workshop.Frame.Id, segment, voter with { Id = "29:1other" }, new Dictionary<string, int> { [solution.Id] = budget }, SampleWorkshops.Start),
        ];
        ActionItem[] actions =
        [
            new()
            {
                Id = "a1", WorkshopId = workshop.Frame.Id, AnswerId = solution.Id, SegmentId = segment, Text = solution.Text,
                Owner = new Participant("29:1boris", "Boris <at>Ivanov</at>"), Due = new DateOnly(2026, 12, 15),
                AssignedBy = workshop.Frame.CreatedBy, At = SampleWorkshops.Start,
            },
        ];
        return new WorkshopSnapshot(workshop.Frame, workshop.Progress, workshop.Contributions)
        {
            Decisions = new WorkshopDecisions(new VotingState(status, budget, SampleWorkshops.Start, workshop.Frame.CreatedBy), ballots, actions, []),
        };
    }

    private static JsonObject Summary(WorkshopSnapshot workshop, WorkshopSnapshot? previous)
    {
        var until = SampleWorkshops.Start.AddDays(1);
        var links = new[] { "markdown", "csv", "xlsx", "html" }
            .Select(format => (format, new Uri($"https://cjmbot.example.com/exports/{workshop.Frame.Id}/{format}?lang=en&exp=1795510800&sig=test")))
            .ToList();
        return SummaryCard.Create(workshop, WorkshopSummary.Of(workshop, previous), links, until, FullMap(workshop.Frame.Language));
    }

    /// <summary>A link to the live map page as the bot signs it (the signature itself is a placeholder).</summary>
    private static Uri FullMap(Language language) =>
        new($"https://cjmbot.example.com/map/wsample000001?lang={language.Code()}&exp=1798102800&sig=test");

    private static WorkshopSnapshot Version2(WorkshopSnapshot workshop) =>
        new(workshop.Frame with { Id = "w-v2", Version = 2, CopiedFromId = workshop.Frame.Id }, workshop.Progress, workshop.Contributions);

    /// <summary>The workshop with these rounds running blind.</summary>
    private static WorkshopSnapshot Blind(WorkshopSnapshot workshop, params BlindRound[] rounds) =>
        new(workshop.Frame, workshop.Progress with { Blind = [.. rounds] }, workshop.Contributions) { Decisions = workshop.Decisions };

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
