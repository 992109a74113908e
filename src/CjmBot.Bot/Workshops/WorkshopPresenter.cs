using CjmBot.Bot.Routes;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Screens;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;
using CjmBot.Workshops.Progress;

namespace CjmBot.Bot.Workshops;

/// <summary>Posts where the live session stands: the current question's card, or the note that all questions were asked.</summary>
public sealed class WorkshopPresenter(IWorkshopRepository repository)
{
    public async Task PostCurrentAsync(ITurnContext turn, string workshopId, CancellationToken cancellationToken)
    {
        var workshop = await repository.LoadAsync(workshopId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Workshop {workshopId} disappeared.");
        await PostCurrentAsync(turn, workshop, cancellationToken).ConfigureAwait(false);
    }

    public static Task PostCurrentAsync(ITurnContext turn, WorkshopSnapshot workshop, CancellationToken cancellationToken)
    {
        if (workshop.Progress.Status == WorkshopStatus.Finished)
        {
            var text = WorkshopText.For(workshop.Frame.Language);
            return turn.ReplyAsync($"**{text.FinishedHeading}.** {text.FinishedNote}", cancellationToken);
        }

        return turn.SendActivityAsync(
            new Activity { Attachments = [Attachment.AdaptiveCard(QuestionCard.Create(new QuestionCardModel(workshop)))] },
            cancellationToken);
    }
}
