using System.Text.Json.Nodes;
using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Submissions;
using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;

namespace CjmBot.Cards.Screens;

/// <summary>"Did you mean next?": a one-word message that looks like a mistyped command, asked about instead of recorded.</summary>
public static class CommandSuggestionCard
{
    /// <param name="command">The command word as the person would type it (<c>next</c>, <c>дальше</c>).</param>
    /// <param name="typed">What they typed.</param>
    /// <param name="asAnswer">The button that records it as an answer after all; null when no workshop takes answers here.</param>
    public static JsonObject Create(GuidanceText text, string command, string typed, CompleteAnswerSubmit? asAnswer)
    {
        ArgumentNullException.ThrowIfNull(text);
        var actions = new List<ActionElement> { new ExecuteAction(text.RunCommandButton(command), new RunCommandSubmit(command)) };
        if (asAnswer is not null)
        {
            actions.Add(new ExecuteAction(text.RecordAsAnswerButton, asAnswer));
        }

        return new AdaptiveCard(
        [
            new TextBlock(text.DidYouMean(ParticipantText.EscapeMarkdown(command))) { Bold = true },
            new RichText(new TextRun(text.NotRecordedYet(Quote(text.Language, typed))) { Subtle = true }) { Spacing = Spacing.None },
            new ActionSet(actions),
        ])
        {
            FallbackText = text.DidYouMean(command),
            Lang = text.Language.Code(),
        }.ToJson();
    }

    internal static string Quote(Language language, string typed) =>
        WorkshopText.For(language).RecordedQuote(ParticipantText.Truncate(typed.Trim(), 120));
}

/// <summary>An emotions answer without a valid score: its words, and one button per score that records them with it.</summary>
public static class ScoreRequestCard
{
    /// <param name="problem">Why nothing was recorded yet (no score, or one outside −2…+2).</param>
    /// <param name="answer">The answer as it will be recorded; each button adds its score.</param>
    public static JsonObject Create(Language language, string problem, CompleteAnswerSubmit answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var text = WorkshopText.For(language);
        var guidance = GuidanceText.For(language);
        var buttons = Enumerable.Range(AnswerRules.MinScore, AnswerRules.MaxScore - AnswerRules.MinScore + 1).Reverse()
            .Select(score => (ActionElement)new ExecuteAction(text.ScoreName(score), answer with { Score = score }))
            .ToList();
        return new AdaptiveCard(
        [
            new RichText(new TextRun(problem) { Color = TextColor.Attention }),
            new TextBlock(guidance.WhichScore) { Bold = true, Spacing = Spacing.Small },
            new RichText(new TextRun(CommandSuggestionCard.Quote(language, answer.Text)) { Subtle = true }) { Spacing = Spacing.None },
            new ActionSet(buttons),
        ])
        {
            FallbackText = problem,
            Lang = language.Code(),
        }.ToJson();
    }
}

/// <summary>What a completed prompt card turns into: the confirmation, the participant's words in plain text runs.</summary>
public static class PromptAnsweredCard
{
    public static JsonObject Create(Language language, string confirmation) =>
        new AdaptiveCard([new RichText(new TextRun(confirmation) { Color = TextColor.Good })]) { FallbackText = confirmation, Lang = language.Code() }.ToJson();
}

/// <summary>The commands of the next steps, as the facilitator would type them (the card does not know the command list).</summary>
public sealed record NextSteps(string Vote, string Actions, string Conclude, string Export, string Map);

/// <summary>Every question was asked: what comes next (vote → action items → conclusions → export), one button each.</summary>
public static class NextStepsCard
{
    public static JsonObject Create(Language language, NextSteps steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var text = WorkshopText.For(language);
        var guidance = GuidanceText.For(language);
        return new AdaptiveCard(
        [
            new TextBlock(text.FinishedHeading) { Heading = true, Size = TextSize.Medium, Bold = true },
            new TextBlock(guidance.NextStepsNote) { Spacing = Spacing.Small },
            new ActionSet(
                new ExecuteAction(guidance.VoteButton, new RunCommandSubmit(steps.Vote)),
                new ExecuteAction(guidance.ActionsButton, new RunCommandSubmit(steps.Actions)),
                new ExecuteAction(guidance.ConcludeButton, new RunCommandSubmit(steps.Conclude)),
                new ExecuteAction(guidance.ExportButton, new RunCommandSubmit(steps.Export)),
                new ExecuteAction(guidance.MapButton, new RunCommandSubmit(steps.Map))),
        ])
        {
            FallbackText = text.FinishedHeading + ". " + guidance.NextStepsNote,
            Lang = language.Code(),
            Speak = text.FinishedHeading,
        }.ToJson();
    }
}

/// <summary>The button under a <c>status</c> reply that shows the current question's card again.</summary>
public static class ShowQuestionCard
{
    public static JsonObject Create(Language language, string questionCommand) =>
        new AdaptiveCard([new ActionSet(new ExecuteAction(GuidanceText.For(language).ShowQuestionButton, new RunCommandSubmit(questionCommand)))])
        {
            FallbackText = GuidanceText.For(language).ShowQuestionButton,
            Lang = language.Code(),
        }.ToJson();
}
