using System.Globalization;
using System.Text.Json.Nodes;
using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Workshops;
using CjmBot.Workshops.Frame;

namespace CjmBot.Cards.Screens;

/// <summary>Replaces the setup form once the workshop exists: its frame, stages and segments, and how to take part.</summary>
public static class WorkshopStartedCard
{
    public static JsonObject Create(WorkshopFrame frame)
    {
        var text = WorkshopText.For(frame.Language);
        var body = new List<CardElement>
        {
            new TextBlock(text.StartedHeading + (frame.Version > 1 ? $" · v{frame.Version.ToString(CultureInfo.InvariantCulture)}" : ""))
            {
                Heading = true, Size = TextSize.Large, Bold = true,
            },
            new RichText(new TextRun(frame.Title) { Bold = true }),
            Line(text.ProductLabel, frame.Product),
            Line(text.GoalLabel, frame.Goal),
            Line(text.MapTypeLabel, text.MapTypeName(frame.MapType)),
            Line(text.StagesLabel, string.Join(" → ", frame.Stages.Select((stage, i) => $"{i + 1}. {stage}"))),
        };
        body.AddRange(frame.Segments.Select(segment => new RichText(
            new TextRun(text.SegmentLabel + ": ") { Subtle = true },
            new TextRun(segment.Name) { Bold = true },
            new TextRun(segment.Portrait.Length == 0 ? "" : " — " + segment.Portrait)) { Spacing = Spacing.None }));
        body.Add(new TextBlock(text.StartedBy(ParticipantText.EscapeMarkdown(frame.CreatedBy.Name))) { Subtle = true });
        body.Add(new TextBlock(text.HowToAnswer) { Subtle = true, Size = TextSize.Small });
        return new AdaptiveCard(body) { FallbackText = text.StartedHeading, Lang = frame.Language.Code() }.ToJson();
    }

    private static RichText Line(string label, string value) =>
        new(new TextRun(label + ": ") { Subtle = true }, new TextRun(value)) { Spacing = Spacing.None };
}
