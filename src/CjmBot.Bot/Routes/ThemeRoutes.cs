using CjmBot.Application;
using CjmBot.Application.UseCases.Reading;
using CjmBot.Bot.Commands;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Screens;
using CjmBot.Protocol.Routing;
using CjmBot.Protocol.Turns;
using CjmBot.Workshops;
using CjmBot.Workshops.Questions;

namespace CjmBot.Bot.Routes;

/// <summary>
/// <c>themes [lane]</c> (ru <c>темы</c>): the facilitator's proposal of themes for one lane's answers, per segment, as a
/// card in the conversation. Nothing is stored: the proposal is made afresh from the answers each time.
/// </summary>
public sealed class ThemeRoutes(UseCaseRunner workshops) : IRouteGroup, ICommandGroup
{
    public IEnumerable<KeyValuePair<BotCommand, CommandHandler>> Handlers => [new(BotCommands.Themes, ProposeAsync)];

    public void Register(ActivityRouter router)
    {
        // Only the text command.
    }

    private async Task ProposeAsync(ITurnContext turn, ParsedCommand command, Language language, CancellationToken cancellationToken)
    {
        // The parser lets only lane words through; the fallback keeps a stray argument from meaning "barriers" silently.
        if (ThemeLanes.Parse(command.Argument) is not { } lane)
        {
            await turn.ReplyAsync(ThemeText.For(language).Usage, cancellationToken).ConfigureAwait(false);
            return;
        }

        var outcome = await workshops.RunAsync(new ProposeThemes(TurnOrigins.Of(turn), lane), cancellationToken).ConfigureAwait(false);
        if (outcome is not ThemesProposed proposed)
        {
            await Replies.SentCommonAsync(turn, outcome, language, cancellationToken).ConfigureAwait(false);
            return;
        }

        var frame = proposed.Frame;
        if (!proposed.HasAnswers)
        {
            var text = ThemeText.For(frame.Language);
            await turn.ReplyAsync(text.NoAnswers(QuestionCatalog.Text(lane, frame.Language).Lane), cancellationToken).ConfigureAwait(false);
            return;
        }

        await turn.SendActivityAsync(Replies.Card(ThemesCard.Create(frame, lane, proposed.Segments)), cancellationToken).ConfigureAwait(false);
    }
}
