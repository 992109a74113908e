using System.Text.Json.Nodes;
using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Submissions;
using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Progress;
using CjmBot.Workshops.Questions;

namespace CjmBot.Cards.Screens;

/// <summary>What a question card shows: the question the session is on, and an optional note for the person who clicked.</summary>
public sealed record QuestionCardModel(WorkshopSnapshot Workshop)
{
    /// <summary>A confirmation or a problem, shown to the person who clicked (Execute answers only them).</summary>
    public string? Notice { get; init; }

    public bool NoticeIsProblem { get; init; }

    /// <summary>Text to put back into the answer box (after a refused answer, so nothing typed is lost).</summary>
    public string? Draft { get; init; }

    /// <summary>
    /// The question this card shows, when it was answered on: an earlier question's card keeps its own question (and gets
    /// no facilitator controls), so the chat never shows two current questions. Null: the question the session is at.
    /// </summary>
    public Position? Shown { get; init; }

    /// <summary>Where a card's question is in the session, or null when the frame has no such segment, stage or question.</summary>
    public static Position? PositionOf(WorkshopFrame frame, string segmentId, int stage, QuestionKey question)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var segment = frame.Segments.ToList().FindIndex(s => s.Id == segmentId);
        var index = frame.Questions.ToList().IndexOf(question);
        return segment < 0 || index < 0 || stage < 0 || stage >= frame.Stages.Count ? null : new Position(segment, stage, index);
    }

    /// <summary>
    /// The facilitator's card, with the buttons that steer the session. The card everyone sees has none (only a line saying
    /// which commands facilitators type, for clients without Universal Actions); it asks Teams to refresh it for the
    /// facilitators, who then get this one.
    /// </summary>
    public bool ShowControls { get; init; }
}

/// <summary>
/// One question of the live session: where we are, the prompt and its hint, the answer box (with a score for
/// emotions and an optional source), and the facilitator's buttons.
/// </summary>
public static class QuestionCard
{
    public static JsonObject Create(QuestionCardModel model)
    {
        var frame = model.Workshop.Frame;
        var progress = model.Workshop.Progress;
        var text = WorkshopText.For(frame.Language);
        var position = model.Shown ?? progress.Position;
        var earlier = position != progress.Position;
        var segment = frame.Segments[position.Segment];
        var question = frame.Questions[position.Question];
        var wording = QuestionCatalog.Text(question, frame.Language);
        // In a blind round the total counts the hidden answers too: a number, never whose or what.
        var answers = QuestionCardCount.Of(model.Workshop, position).Answers;

        var body = new List<CardElement>
        {
            new RichText(
                new TextRun(segment.Name) { Bold = true },
                new TextRun(" · " + text.StageOf(position.Stage + 1, frame.Stages.Count, frame.Stages[position.Stage]))),
            new TextBlock(wording.Prompt) { Heading = true, Size = TextSize.Medium, Bold = true, Spacing = Spacing.Small },
            new TextBlock(wording.Hint) { Subtle = true, Spacing = Spacing.None },
            new TextBlock(text.QuestionOf(position.Question + 1, frame.Questions.Count) + " · " + text.AnswersSoFar(answers))
            {
                Subtle = true, Size = TextSize.Small, Spacing = Spacing.None,
            },
        };
        body.AddRange(QuestionCardCount.Elements(model.Workshop, position));

        if (earlier)
        {
            body.Add(new TextBlock(GuidanceText.For(frame.Language).EarlierQuestionNote) { Subtle = true, Size = TextSize.Small });
        }

        if (model.Notice is { } notice)
        {
            body.Add(new RichText(new TextRun(notice) { Color = model.NoticeIsProblem ? TextColor.Attention : TextColor.Good }));
        }

        if (progress.AcceptsAnswers)
        {
            body.AddRange(AnswerInputsFor(text, question, model.Draft));
            var submit = new AnswerSubmit(frame.Id, segment.Id, position.Stage, question);
            body.Add(new ActionSet(
                new ExecuteAction(text.SendAnswerButton, submit),
                new ExecuteAction(text.SaveInsightButton, submit with { AsInsight = true })));
        }
        else
        {
            body.Add(new TextBlock(progress.Status == WorkshopStatus.Paused ? text.PausedNote : text.ClosedNote) { Color = TextColor.Warning });
        }

        if (progress.TimerDueAt is { } due && progress.Status == WorkshopStatus.Running)
        {
            body.Add(new TextBlock(text.TimerEndsAt(WorkshopTexts.Time(due, frame.Language))) { Subtle = true, Size = TextSize.Small });
        }

        if (!earlier)
        {
            body.Add(model.ShowControls
                ? FacilitatorControls(text, frame.Id, progress)
                : new Container([new TextBlock(text.FacilitatorsType) { Subtle = true, Size = TextSize.Small }]) { Separator = true });
        }

        return new AdaptiveCard(body)
        {
            FallbackText = wording.Prompt,
            Lang = frame.Language.Code(),
            Speak = wording.Prompt,
            // An earlier question's card has no controls for anyone, so there is nothing to refresh it for.
            Refresh = earlier ? null : (new ExecuteAction(text.RefreshButton, new QuestionRefreshSubmit(frame.Id, progress.Revision)) { IgnoreInputs = true }, frame.Facilitators),
        }.ToJson();
    }

    private static IEnumerable<CardElement> AnswerInputsFor(WorkshopText text, QuestionKey question, string? draft)
    {
        if (question == QuestionKey.Emotions)
        {
            yield return new ChoiceInput(
                AnswerInputs.Score,
                text.ScoreLabel,
                Enumerable.Range(AnswerRules.MinScore, AnswerRules.MaxScore - AnswerRules.MinScore + 1).Reverse()
                    .Select(score => new Choice(text.ScoreName(score), score.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                    .ToList());
        }

        yield return new TextInput(AnswerInputs.Answer, text.AnswerLabel)
        {
            Placeholder = text.AnswerPlaceholder,
            IsMultiline = true,
            IsRequired = true,
            ErrorMessage = text.AnswerRequired,
            // No maxLength: a client cuts a longer paste silently, the server refuses it with the same message as typed text.
            Value = draft,
        };
        yield return new ChoiceInput(
            AnswerInputs.Source,
            text.SourceLabel,
            Enum.GetValues<EvidenceSource>().Select(source => new Choice(text.SourceName(source), source.ToString())).ToList());
    }

    private static Container FacilitatorControls(WorkshopText text, string workshopId, WorkshopProgress progress)
    {
        ExecuteAction Button(string title, WorkshopMove move) =>
            new(title, new WorkshopMoveSubmit(move, workshopId, progress.Revision)) { IgnoreInputs = true };

        var pauseOrResume = progress.Status == WorkshopStatus.Paused
            ? Button(text.ResumeButton, WorkshopMove.Resume)
            : Button(text.PauseButton, WorkshopMove.Pause);
        var controls = new List<CardElement>
        {
            new TextBlock(text.FacilitatorControls) { Subtle = true, Size = TextSize.Small },
            new ActionSet(
                Button(text.BackButton, WorkshopMove.Back),
                Button(text.NextButton, WorkshopMove.Next),
                Button(text.SkipButton, WorkshopMove.Skip),
                pauseOrResume),
        };
        if (progress.Blind.Count > 0)
        {
            // While any round runs blind, the facilitator can end them all from here.
            controls.Add(new ActionSet(new ExecuteAction(BlindText.For(text.Language).RevealButton, new RevealSubmit(workshopId)) { IgnoreInputs = true }));
        }

        return new Container(controls) { Separator = true };
    }
}
