using CjmBot.Bot.Routes;
using CjmBot.Bot.Workshops;
using CjmBot.Cards.Localization;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;
using CjmBot.Workshops.Progress;
using CjmBot.Workshops.Questions;
using CjmBot.Workshops.Scheduling;
using Microsoft.Extensions.Logging;

namespace CjmBot.Bot.Scheduling;

/// <summary>
/// A question's timebox ran out: remind the group and move on, as a facilitator would. Does nothing if the
/// session moved, paused or closed since the timer was set (the revision tells).
/// </summary>
public sealed class QuestionTimerJobHandler(
    IWorkshopRepository repository,
    ConversationReferences references,
    WorkshopMoves moves,
    ChannelAdapter adapter,
    ILogger<QuestionTimerJobHandler> logger) : IScheduledJobHandler
{
    public string Kind => WorkshopTimers.Kind;

    public async Task RunAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        if (WorkshopTimers.Read(job) is not var (workshopId, revision))
        {
            return;
        }

        var head = await repository.GetHeadAsync(workshopId, cancellationToken).ConfigureAwait(false);
        var reference = await references.GetAsync(workshopId, cancellationToken).ConfigureAwait(false);
        if (head is null || reference is null)
        {
            Log.TimerTargetMissing(logger, workshopId);
            return;
        }

        if (head.Progress.Revision != revision || head.Progress.Status != WorkshopStatus.Running)
        {
            return;
        }

        var text = WorkshopText.For(head.Frame.Language);
        var prompt = QuestionCatalog.Text(head.Frame.Questions[head.Progress.Position.Question], head.Frame.Language).Prompt;
        await adapter.ContinueConversationAsync(reference, async (turn, ct) =>
        {
            await turn.ReplyAsync(text.TimeIsUp(prompt), ct).ConfigureAwait(false);
            await moves.ApplyAsync(turn, head, FacilitatorMove.Next, argument: null, expectedRevision: revision, ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }
}
