using CjmBot.Application;
using CjmBot.Application.UseCases.Sessions;
using CjmBot.Bot.Commands;
using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Protocol.Routing;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;
using CjmBot.Workshops.Retention;

namespace CjmBot.Bot.Routes;

/// <summary>
/// <c>retention [days | off | default]</c> (ru <c>хранение</c>): how long the workshop is kept once closed, shown or set by
/// a facilitator; closing starts the period, reopening stops it (see <see cref="Scheduling.WorkshopRetention"/>).
/// </summary>
public sealed class RetentionRoutes(UseCaseRunner workshops, RetentionPolicy policy) : IRouteGroup, ICommandGroup
{
    public IEnumerable<KeyValuePair<BotCommand, CommandHandler>> Handlers => [new(BotCommands.Retention, SetAsync)];

    public void Register(ActivityRouter router)
    {
        // Only the text command.
    }

    private async Task SetAsync(ITurnContext turn, ParsedCommand command, Language language, CancellationToken cancellationToken)
    {
        // The parser lets only what RetentionArguments reads through.
        var choice = RetentionArguments.Parse(command.Argument) ?? RetentionChoice.Show;
        var outcome = await workshops.RunAsync(new SetRetention(TurnOrigins.Of(turn), choice), cancellationToken).ConfigureAwait(false);
        switch (outcome)
        {
            case RetentionShown shown:
                await turn.ReplyAsync(Describe(shown), cancellationToken).ConfigureAwait(false);
                break;
            case RetentionUsage usage:
                var text = RetentionText.For(usage.Workshop.Frame.Language);
                await turn.ReplyAsync(text.Usage(text.Setting(policy.ClosedWorkshopDays)), cancellationToken).ConfigureAwait(false);
                break;
            default:
                await Replies.SentCommonAsync(turn, outcome, language, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private static string Describe(RetentionShown shown)
    {
        var frame = shown.Workshop.Frame;
        var text = RetentionText.For(frame.Language);
        var title = ParticipantText.EscapeMarkdown(frame.Title);
        var plan = shown.Plan;
        var said = plan.KeepsForever ? text.KeptForever(title, plan.IsDefault)
            : plan.DeleteOn is { } deleteOn ? text.DeletedOn(title, plan.Days, plan.IsDefault, AsyncTexts.DateTime(deleteOn), plan.HeldForNotice)
            : text.KeptOnceClosed(title, plan.Days, plan.IsDefault);
        return shown.Changed ? text.ChangedMark + said : said;
    }
}
