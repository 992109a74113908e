using System.Globalization;
using System.Text.Json.Nodes;
using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Submissions;
using CjmBot.Workshops;
using CjmBot.Workshops.Async;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Questions;

namespace CjmBot.Cards.Screens;

/// <summary>One question of a contributor's personal-chat sequence; it names the workshop, since one person may be in several.</summary>
public sealed record AsyncQuestionCardModel(WorkshopFrame Frame, AsyncQuestion Question, int Number, int Total);

public static class AsyncQuestionCard
{
    public static JsonObject Create(AsyncQuestionCardModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var frame = model.Frame;
        var text = AsyncText.For(frame.Language);
        var workshopText = WorkshopText.For(frame.Language);
        var wording = QuestionCatalog.Text(model.Question.Question, frame.Language);
        var segment = frame.FindSegment(model.Question.SegmentId)?.Name ?? "";
        var body = new List<CardElement>
        {
            new RichText(new TextRun(text.QuestionHeader(frame.Title, model.Number, model.Total)) { Subtle = true }),
            new RichText(
                new TextRun(segment) { Bold = true },
                new TextRun(" · " + workshopText.StageOf(model.Question.Stage + 1, frame.Stages.Count, frame.Stages[model.Question.Stage])))
            {
                Spacing = Spacing.None,
            },
            new TextBlock(wording.Prompt) { Heading = true, Size = TextSize.Medium, Bold = true, Spacing = Spacing.Small },
            new TextBlock(wording.Hint) { Subtle = true, Spacing = Spacing.None },
        };

        if (model.Question.Question == QuestionKey.Emotions)
        {
            body.Add(new ChoiceInput(
                AnswerInputs.Score,
                workshopText.ScoreLabel,
                Enumerable.Range(AnswerRules.MinScore, AnswerRules.MaxScore - AnswerRules.MinScore + 1).Reverse()
                    .Select(score => new Choice(workshopText.ScoreName(score), score.ToString(CultureInfo.InvariantCulture)))
                    .ToList()));
        }

        body.Add(new TextInput(AnswerInputs.Answer, workshopText.AnswerLabel)
        {
            Placeholder = workshopText.AnswerPlaceholder,
            IsMultiline = true,
            IsRequired = true,
            ErrorMessage = workshopText.AnswerRequired,
        });
        body.Add(new ActionSet(
            new ExecuteAction(text.SendButton, new AsyncSubmit(AsyncStep.Answer, frame.Id)),
            new ExecuteAction(text.SkipButton, new AsyncSubmit(AsyncStep.Skip, frame.Id)) { IgnoreInputs = true },
            new ExecuteAction(text.BackButton, new AsyncSubmit(AsyncStep.Back, frame.Id)) { IgnoreInputs = true },
            new ExecuteAction(text.LaterButton, new AsyncSubmit(AsyncStep.Later, frame.Id)) { IgnoreInputs = true }));
        body.Add(new TextBlock(text.TypeOrUseButtons) { Subtle = true, Size = TextSize.Small });
        return new AdaptiveCard(body) { FallbackText = wording.Prompt, Lang = frame.Language.Code(), Speak = wording.Prompt }.ToJson();
    }
}
