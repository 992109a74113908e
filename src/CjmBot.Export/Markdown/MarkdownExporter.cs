using System.Text;
using CjmBot.Export.Model;
using CjmBot.Workshops;
using static CjmBot.Export.Markdown.MarkdownEscaper;

namespace CjmBot.Export.Markdown;

/// <summary>The map as Markdown that reads well pasted into Teams or Confluence: a section per segment, a list per stage and lane.</summary>
public sealed class MarkdownExporter : IWorkshopExporter
{
    public ExportFormat Format => ExportFormat.Markdown;

    public string ContentType => "text/markdown; charset=utf-8";

    public string FileExtension => ".md";

    public async Task WriteAsync(WorkshopSnapshot workshop, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var model = ExportModel.Build(workshop);
        var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024, leaveOpen: true)
        {
            NewLine = "\n",
        };
        await using (writer.ConfigureAwait(false))
        {
            await writer.WriteAsync(new StringBuilder(Render(model)), cancellationToken).ConfigureAwait(false);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Render(ExportModel model)
    {
        var text = model.Text;
        var frame = model.Frame;
        var md = new StringBuilder(64 * 1024);
        md.Append("# ").Append(Escape(frame.Title)).Append("\n\n");
        md.Append('*').Append(text.MapHeading).Append("*\n\n");
        md.Append("- **").Append(text.ProductLabel).Append(":** ").Append(Escape(frame.Product)).Append('\n');
        md.Append("- **").Append(text.GoalLabel).Append(":** ").Append(Escape(frame.Goal)).Append('\n');
        md.Append("- **").Append(text.MapTypeLabel).Append(":** ").Append(text.MapTypeName(frame.MapType)).Append('\n');

        foreach (var segment in model.Segments)
        {
            md.Append("\n## ").Append(text.SegmentLabel).Append(": ").Append(Escape(segment.Name)).Append("\n\n");
            if (segment.Portrait.Length > 0)
            {
                md.Append("**").Append(text.PersonaLabel).Append(":** ").Append(Escape(segment.Portrait)).Append("\n\n");
            }

            foreach (var stage in segment.Stages)
            {
                md.Append("### ").Append(text.StageOf(stage.Index + 1, segment.Stages.Count, Escape(stage.Name))).Append("\n\n");
                md.Append("**").Append(text.EmotionLabel).Append(":** ").Append(Emotion(model, stage.Emotion)).Append("\n\n");
                foreach (var lane in stage.Lanes)
                {
                    md.Append("**").Append(lane.Name).Append("**\n\n");
                    if (lane.Answers.Count == 0)
                    {
                        md.Append("- *").Append(text.NoAnswers).Append("*\n\n");
                        continue;
                    }

                    foreach (var answer in lane.Answers)
                    {
                        md.Append("- ");
                        if (answer.Score is { } score)
                        {
                            md.Append('`').Append(ExportModel.Signed(score)).Append("` ");
                        }

                        md.Append(Escape(answer.Text)).Append(" — *").Append(answer.Author is null ? text.Anonymous : Escape(answer.Author)).Append('*');
                        if (answer.Source is { } source)
                        {
                            md.Append(" \\(").Append(source).Append("\\)");
                        }

                        if (answer.InPersonalChat)
                        {
                            md.Append(" · ").Append(text.PersonalChat);
                        }

                        if (answer.Ranking is { } ranking)
                        {
                            md.Append(" **").Append(ranking).Append("**");
                        }

                        md.Append('\n');
                    }

                    md.Append('\n');
                }
            }

            AppendThemes(md, model, segment);
            AppendInsights(md, model, text.InsightsHeading, segment.Insights);
        }

        AppendInsights(md, model, text.GeneralInsightsHeading, model.GeneralInsights);
        AppendDecisions(md, model);
        return md.ToString();
    }

    /// <summary>Per lane with accepted themes, each theme as a heading (most votes first) and its answers under it.</summary>
    private static void AppendThemes(StringBuilder md, ExportModel model, SegmentView segment)
    {
        var text = model.Text;
        foreach (var lane in segment.Themes)
        {
            md.Append("### ").Append(text.ThemesHeading(lane.Lane)).Append("\n\n");
            foreach (var (heading, answers) in lane.Themes.Select(theme => (text.ThemeHeading(Escape(theme.Label), theme.Answers.Count, theme.Votes), theme.Answers))
                .Append((text.NoTheme, lane.Unthemed)))
            {
                if (answers.Count == 0)
                {
                    continue;
                }

                md.Append("#### ").Append(heading).Append("\n\n");
                foreach (var view in answers)
                {
                    md.Append("- **").Append(Escape(view.Stage)).Append(":** ").Append(Escape(view.Answer.Text)).Append(" — *")
                        .Append(view.Answer.Author is null ? text.Anonymous : Escape(view.Answer.Author)).Append("*\n");
                }

                md.Append('\n');
            }
        }
    }

    private static string Emotion(ExportModel model, EmotionSummary? emotion) =>
        emotion is null
            ? model.Text.NoScores
            : $"{model.Text.MinLabel} {ExportModel.Signed(emotion.Min)} · {model.Text.AverageLabel} {model.Signed(emotion.Average)} · {model.Text.MaxLabel} {ExportModel.Signed(emotion.Max)}";

    private static void AppendInsights(StringBuilder md, ExportModel model, string heading, IReadOnlyList<InsightView> insights)
    {
        if (insights.Count == 0)
        {
            return;
        }

        md.Append("### ").Append(heading).Append("\n\n");
        foreach (var insight in insights)
        {
            md.Append("- ");
            if (insight.Stage is { } stage)
            {
                md.Append("**").Append(Escape(stage)).Append(":** ");
            }

            md.Append(Escape(insight.Text)).Append(" — *").Append(insight.Author is null ? model.Text.Anonymous : Escape(insight.Author)).Append("*\n");
        }

        md.Append('\n');
    }

    private static void AppendDecisions(StringBuilder md, ExportModel model)
    {
        var text = model.VotingText;
        if (model.ActionItems.Count > 0)
        {
            md.Append("## ").Append(text.ActionItemsHeading).Append("\n\n");
            foreach (var item in model.ActionItems)
            {
                md.Append("- ").Append(Escape(item.Solution)).Append(" — **").Append(text.OwnerLabel).Append(":** ").Append(Escape(item.Owner))
                    .Append(" · **").Append(text.DueLabel).Append(":** ").Append(item.Due).Append(" *\\(").Append(Escape(item.Segment)).Append("\\)*\n");
            }

            md.Append('\n');
        }

        if (model.Conclusions.Count == 0)
        {
            return;
        }

        md.Append("## ").Append(text.ConclusionsHeading).Append("\n\n");
        foreach (var topic in model.Conclusions.GroupBy(c => c.Topic))
        {
            md.Append("### ").Append(topic.Key).Append("\n\n");
            foreach (var conclusion in topic)
            {
                md.Append("- ").Append(Escape(conclusion.Text)).Append(" — *")
                    .Append(conclusion.Author is null ? model.Text.Anonymous : Escape(conclusion.Author)).Append("*\n");
            }

            md.Append('\n');
        }
    }
}
