using System.Text.Json.Nodes;
using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Submissions;
using CjmBot.Workshops;
using CjmBot.Workshops.Frame;

namespace CjmBot.Cards.Screens;

/// <summary>What an invitation (or a reminder) shows: the workshop, who asks, by when, and what is asked.</summary>
public sealed record InvitationCardModel(WorkshopFrame Frame, IReadOnlyList<int> Stages, int QuestionCount, DateTimeOffset? Deadline)
{
    public bool IsReminder { get; init; }
}

/// <summary>The card that opens a contributor's personal-chat sequence, with Start and Later.</summary>
public static class InvitationCard
{
    public static JsonObject Create(InvitationCardModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var frame = model.Frame;
        var text = AsyncText.For(frame.Language);
        var heading = model.IsReminder ? text.ReminderHeading : text.InvitationHeading;
        var stages = string.Join(", ", model.Stages.Select(stage => $"{stage + 1}. {frame.Stages[stage]}"));
        var body = new List<CardElement>
        {
            new TextBlock(heading) { Heading = true, Size = TextSize.Large, Bold = true },
            new RichText(new TextRun(text.InvitationIntro(frame.CreatedBy.Name, frame.Title))),
            new RichText(new TextRun(text.WhatIsAsked(model.QuestionCount, stages))) { Spacing = Spacing.Small },
            new TextBlock(model.Deadline is { } deadline ? text.AnswerBy(AsyncTexts.DateTime(deadline)) : text.NoDeadline) { Bold = model.Deadline is not null },
            new TextBlock(text.HowItWorks) { Subtle = true, Size = TextSize.Small },
            new ActionSet(
                new ExecuteAction(text.StartButton, new AsyncSubmit(AsyncStep.Start, frame.Id)) { IgnoreInputs = true },
                new ExecuteAction(text.LaterButton, new AsyncSubmit(AsyncStep.Later, frame.Id)) { IgnoreInputs = true }),
        };
        return new AdaptiveCard(body) { FallbackText = heading, Lang = frame.Language.Code() }.ToJson();
    }
}
