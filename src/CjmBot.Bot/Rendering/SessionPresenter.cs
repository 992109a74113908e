using CjmBot.Application.UseCases.Sessions;
using CjmBot.Bot.Chat;
using CjmBot.Bot.Commands;
using CjmBot.Bot.LiveMap;
using CjmBot.Bot.Routes;
using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Screens;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Progress;
using CjmBot.Workshops.Questions;
using CjmBot.Workshops.Retention;

namespace CjmBot.Bot.Rendering;

/// <summary>
/// What the group sees of the live session: a start (its address kept for timers, its live map, the first question), the
/// question card after each move, and the notes that go with moves and refusals.
/// </summary>
public sealed class SessionPresenter(IWorkshopRepository repository, LiveMaps maps, ChatAddresses addresses, RetentionPolicy retention, TimeProvider time)
{
    /// <summary>A workshop began (started or copied): the map first, then the first question.</summary>
    public async Task PostStartAsync(ITurnContext turn, WorkshopSnapshot workshop, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(workshop);
        await addresses.SaveAsync(workshop.Frame.Id, turn.Activity.GetConversationReference(), cancellationToken).ConfigureAwait(false);
        await maps.PostAsync(turn, workshop, cancellationToken).ConfigureAwait(false);
        await PostCurrentAsync(turn, workshop, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Tells the group what a move did, then posts where the session stands.</summary>
    public async Task AnnounceAsync(ITurnContext turn, Moved moved, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(moved);
        var (frame, before, after) = (moved.Frame, moved.Before, moved.After);
        var text = WorkshopText.For(frame.Language);
        switch (moved.Move)
        {
            case SessionMove.Pause:
                await turn.ReplyAsync(text.Paused, cancellationToken).ConfigureAwait(false);
                return;
            case SessionMove.Close:
                var closedNote = retention.PlanFor(frame, after) is { DeleteOn: { } deleteOn } plan
                    ? "\n\n" + RetentionText.For(frame.Language).ClosedNote(AsyncTexts.DateTime(deleteOn), plan.Days)
                    : "";
                await turn.ReplyAsync(text.Closed + closedNote, cancellationToken).ConfigureAwait(false);
                return;
            case SessionMove.Timer:
                var minutes = (int)Math.Round((after.TimerDueAt!.Value - time.GetUtcNow()).TotalMinutes);
                await turn.ReplyAsync(text.TimerStarted(minutes, WorkshopTexts.Time(after.TimerDueAt.Value, frame.Language, TurnTimeZone.Of(turn.Activity))), cancellationToken).ConfigureAwait(false);
                return;
            case SessionMove.Resume:
                await turn.ReplyAsync(text.Resumed, cancellationToken).ConfigureAwait(false);
                break;
            case SessionMove.Reopen:
                await turn.ReplyAsync(text.Reopened, cancellationToken).ConfigureAwait(false);
                break;
        }

        if (after.Position.Segment > before.Position.Segment && after.Status != WorkshopStatus.Finished)
        {
            await turn.ReplyAsync(
                text.SegmentDone(frame.Segments[before.Position.Segment].Name, frame.Segments[after.Position.Segment].Name), cancellationToken)
                .ConfigureAwait(false);
        }

        var workshop = await repository.LoadAsync(frame.Id, cancellationToken).ConfigureAwait(false);
        if (workshop is not null)
        {
            await PostCurrentAsync(turn, workshop, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The current question's card, or the note that all questions were asked. The card becomes the one the live map's
    /// redraws keep counting answers on.
    /// </summary>
    public async Task PostCurrentAsync(ITurnContext turn, WorkshopSnapshot workshop, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(workshop);
        if (workshop.Progress.Status == WorkshopStatus.Finished)
        {
            await turn.SendActivityAsync(Replies.Card(NextStepsCard.Create(workshop.Frame.Language, NextStepsOf(workshop.Frame.Language))), cancellationToken).ConfigureAwait(false);
            return;
        }

        // A personal chat's one reader runs its workshop: the controls go on the card itself (no refresh needed). Elsewhere
        // everyone gets the card without them and Teams refreshes it for the facilitators.
        var withControls = turn.Activity.Conversation?.ConversationType == ConversationTypes.Personal;
        var posted = await turn.SendActivityAsync(Replies.Card(QuestionCard.Create(new QuestionCardModel(workshop) { ShowControls = withControls })), cancellationToken)
            .ConfigureAwait(false);
        if (posted.Id is { Length: > 0 } messageId)
        {
            await maps.RecordQuestionCardAsync(workshop, messageId, withControls, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The commands behind the next-steps buttons, in the workshop's language.</summary>
    private static NextSteps NextStepsOf(Language language)
    {
        static string Word(BotCommand command, Language language) => language == Language.Ru ? command.RussianName : command.Name;
        return new NextSteps(
            Word(BotCommands.Vote, language), Word(BotCommands.Actions, language), Word(BotCommands.Conclude, language),
            Word(BotCommands.Export, language), Word(BotCommands.Map, language));
    }

    /// <summary>Why a move was refused, for the person who asked.</summary>
    public static string Refusal(MoveRefused refused)
    {
        ArgumentNullException.ThrowIfNull(refused);
        var text = WorkshopText.For(refused.Frame.Language);
        return refused.Error switch
        {
            ProgressError.Closed => text.AlreadyClosed,
            ProgressError.NotClosed => text.NotClosed,
            ProgressError.Paused => text.AlreadyPaused,
            ProgressError.NotPaused => text.NotPaused,
            ProgressError.AtStart => text.AlreadyAtStart,
            ProgressError.AtEnd => text.AlreadyAtEnd,
            ProgressError.UnknownStage => text.UnknownStage(StageList(refused.Frame, Enumerable.Range(0, refused.Frame.Stages.Count))),
            ProgressError.TimerOutOfRange => text.TimerUsage,
            ProgressError.RepeatedQuickly => text.RepeatedMove(QuestionName(refused.Frame, refused.Current), MoveWord(refused.Move, refused.Frame.Language)),
            _ => text.StaleCard,
        };
    }

    public static string Usage(MoveUsage usage)
    {
        ArgumentNullException.ThrowIfNull(usage);
        var text = WorkshopText.For(usage.Workshop.Frame.Language);
        return usage.Move == SessionMove.Timer ? text.TimerUsage : text.GotoUsage;
    }

    /// <summary>Stages by number and name (<c>1. Search, 3. Pay</c>), escaped for a markdown reply.</summary>
    public static string StageList(WorkshopFrame frame, IEnumerable<int> stages)
    {
        ArgumentNullException.ThrowIfNull(frame);
        return string.Join(", ", stages.Select(stage => $"{stage + 1}. {ParticipantText.EscapeMarkdown(frame.Stages[stage])}"));
    }

    /// <summary>Where the session is, as people see it on the card: "2/7 · Touchpoints (Search)".</summary>
    private static string QuestionName(WorkshopFrame frame, WorkshopProgress progress)
    {
        var position = progress.Position;
        var lane = QuestionCatalog.Text(frame.Questions[position.Question], frame.Language).Lane;
        return $"{position.Question + 1}/{frame.Questions.Count} · {lane} ({ParticipantText.EscapeMarkdown(frame.Stages[position.Stage])})";
    }

    private static string MoveWord(SessionMove move, Language language)
    {
        var command = move switch
        {
            SessionMove.Back => BotCommands.Back,
            SessionMove.Skip => BotCommands.Skip,
            _ => BotCommands.Next,
        };
        return language == Language.Ru ? command.RussianName : command.Name;
    }
}
