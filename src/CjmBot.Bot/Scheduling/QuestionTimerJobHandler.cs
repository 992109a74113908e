using CjmBot.Application;
using CjmBot.Application.Requests;
using CjmBot.Application.UseCases.Sessions;
using CjmBot.Bot.Chat;
using CjmBot.Bot.Rendering;
using CjmBot.Bot.Routes;
using CjmBot.Cards.Localization;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;
using CjmBot.Workshops.Questions;
using CjmBot.Workshops.Scheduling;
using Microsoft.Extensions.Logging;

namespace CjmBot.Bot.Scheduling;

/// <summary>
/// A question's timebox ran out: the session moves on, as a facilitator would, and the group is reminded. Does nothing
/// if the session moved, paused or closed since the timer was set (the revision tells; the move is the bot's own
/// request through the application, named by the timer, so it runs once).
/// </summary>
public sealed class QuestionTimerJobHandler(
    UseCaseRunner workshops,
    IWorkshopRepository repository,
    ChatAddresses addresses,
    SessionPresenter presenter,
    ChannelAdapter adapter,
    ILogger<QuestionTimerJobHandler> logger) : IScheduledJobHandler
{
    public string Kind => WorkshopTimers.Kind;

    public async Task RunAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        if (WorkshopTimers.Read(job) is not { } timer)
        {
            return;
        }

        var head = await repository.GetHeadAsync(timer.WorkshopId, cancellationToken).ConfigureAwait(false);
        var reference = await addresses.GetAsync(timer.WorkshopId, cancellationToken).ConfigureAwait(false);
        if (head is null || reference is null)
        {
            Log.TimerTargetMissing(logger, timer.WorkshopId);
            return;
        }

        var origin = Origin.System(head.Frame.ConversationId, $"timer|{timer.Revision}");
        var prompt = QuestionCatalog.Text(head.Frame.Questions[head.Progress.Position.Question], head.Frame.Language).Prompt;
        if (await workshops.RunAsync(MoveSession.TimeUp(origin, timer.WorkshopId, timer.Revision), cancellationToken).ConfigureAwait(false) is not Moved moved)
        {
            return;
        }

        await adapter.ContinueConversationAsync(reference, async (turn, ct) =>
        {
            await turn.ReplyAsync(WorkshopText.For(head.Frame.Language).TimeIsUp(prompt), ct).ConfigureAwait(false);
            await presenter.AnnounceAsync(turn, moved, ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }
}
