using System.Text.Json.Nodes;
using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Submissions;
using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Voting;

namespace CjmBot.Cards.Screens;

/// <summary>The conclusions card and, for the person who saved, their words and a note.</summary>
public sealed record ConclusionsCardModel(WorkshopFrame Frame)
{
    public IReadOnlyDictionary<ConclusionTopic, string>? Values { get; init; }

    public string? Notice { get; init; }

    public bool NoticeIsProblem { get; init; }
}

/// <summary>The three questions a workshop concludes with, one text box each, and a save button.</summary>
public static class ConclusionsCard
{
    public static JsonObject Create(ConclusionsCardModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var text = VotingText.For(model.Frame.Language);
        var body = new List<CardElement>
        {
            new TextBlock(text.ConcludeHeading) { Heading = true, Size = TextSize.Large, Bold = true },
            new TextBlock(text.ConcludeIntro) { Subtle = true },
        };

        if (model.Notice is { } notice)
        {
            body.Add(new RichText(new TextRun(notice) { Color = model.NoticeIsProblem ? TextColor.Attention : TextColor.Good }));
        }

        foreach (var topic in Enum.GetValues<ConclusionTopic>())
        {
            body.Add(new TextInput(ConclusionsSubmit.InputOf(topic), text.TopicPrompt(topic))
            {
                IsMultiline = true,
                Value = model.Values?.GetValueOrDefault(topic),
            });
        }

        body.Add(new ActionSet(new ExecuteAction(text.SaveConclusions, new ConclusionsSubmit(model.Frame.Id))));
        return new AdaptiveCard(body) { FallbackText = text.ConcludeHeading, Lang = model.Frame.Language.Code() }.ToJson();
    }
}
