using System.Net;
using System.Text;
using CjmBot.Export.Model;
using CjmBot.Workshops;

namespace CjmBot.Export.Html;

/// <summary>
/// A printable, self-contained page of the map: inline CSS with print rules, the emotion curve as inline SVG,
/// no scripts and nothing loaded from elsewhere. Every piece of participants' text is HTML-encoded.
/// </summary>
public sealed class HtmlExporter : IWorkshopExporter
{
    private const string Style = """
        body{font-family:"Segoe UI",Arial,sans-serif;color:#222;margin:24px;line-height:1.4}
        h1{margin:0 0 4px}h2{margin-top:32px;border-bottom:2px solid #5b5fc7;padding-bottom:4px}
        .meta{margin:0 0 16px}.meta dt{font-weight:600;float:left;clear:left;width:120px}.meta dd{margin:0 0 4px 130px}
        .persona{font-style:italic;color:#555}
        table.map{border-collapse:collapse;width:100%;table-layout:fixed;margin:12px 0}
        table.map th,table.map td{border:1px solid #ccc;padding:6px;vertical-align:top;text-align:left;font-size:13px;overflow-wrap:anywhere}
        table.map thead th{background:#eef;}table.map tbody th{background:#f6f6f6;width:130px}
        ul.answers{margin:0;padding-left:16px}.author{color:#666;font-size:12px}.score{font-weight:600}.none{color:#999}
        svg.curve{width:100%;max-width:760px;height:auto;display:block;margin:8px 0}
        .grid{stroke:#ddd;stroke-width:1}.grid.zero{stroke:#999}.axis{font-size:11px;text-anchor:end;fill:#666}
        .band{fill:#5b5fc7;fill-opacity:.15;stroke:none}.avg{fill:none;stroke:#5b5fc7;stroke-width:2.5}.dot{fill:#5b5fc7}
        .stage{font-size:12px;text-anchor:middle;fill:#333}
        @media print{body{margin:0;font-size:11pt}h2{break-before:page}h2:first-of-type{break-before:auto}table.map,svg.curve{break-inside:avoid}table.map thead{display:table-header-group}}
        """;

    public ExportFormat Format => ExportFormat.Html;

    public string ContentType => "text/html; charset=utf-8";

    public string FileExtension => ".html";

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
            await writer.WriteAsync(Render(model), cancellationToken).ConfigureAwait(false);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    internal static string E(string text) => WebUtility.HtmlEncode(text);

    private static StringBuilder Render(ExportModel model)
    {
        var text = model.Text;
        var frame = model.Frame;
        var html = new StringBuilder(128 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(frame.Language.Code()).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
            .Append("<title>").Append(E(frame.Title)).Append(" — ").Append(E(text.MapHeading)).Append("</title>\n")
            .Append("<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(E(frame.Title)).Append("</h1>\n<p>").Append(E(text.MapHeading)).Append("</p>\n<dl class=\"meta\">\n");
        Meta(html, text.ProductLabel, frame.Product);
        Meta(html, text.GoalLabel, frame.Goal);
        Meta(html, text.MapTypeLabel, text.MapTypeName(frame.MapType));
        html.Append("</dl>\n");

        foreach (var segment in model.Segments)
        {
            html.Append("<section>\n<h2>").Append(E(text.SegmentLabel)).Append(": ").Append(E(segment.Name)).Append("</h2>\n");
            if (segment.Portrait.Length > 0)
            {
                html.Append("<p class=\"persona\">").Append(E(text.PersonaLabel)).Append(": ").Append(E(segment.Portrait)).Append("</p>\n");
            }

            html.Append("<h3>").Append(E(text.EmotionCurveHeading)).Append("</h3>\n<p class=\"note\">").Append(E(text.EmotionCurveDescription)).Append("</p>\n");
            EmotionCurveSvg.Append(html, model, segment);
            Grid(html, model, segment);
            Themes(html, model, segment);
            Insights(html, model, text.InsightsHeading, segment.Insights);
            html.Append("</section>\n");
        }

        Insights(html, model, text.GeneralInsightsHeading, model.GeneralInsights);
        Decisions(html, model);
        html.Append("</body>\n</html>\n");
        return html;
    }

    internal static void Meta(StringBuilder html, string label, string value) =>
        html.Append("<dt>").Append(E(label)).Append("</dt><dd>").Append(E(value)).Append("</dd>\n");

    private static void Grid(StringBuilder html, ExportModel model, SegmentView segment)
    {
        var text = model.Text;
        html.Append("<table class=\"map\">\n<thead><tr><th></th>");
        foreach (var stage in segment.Stages)
        {
            html.Append("<th>").Append(E(stage.Name)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        var laneCount = segment.Stages.Count == 0 ? 0 : segment.Stages[0].Lanes.Count;
        for (var l = 0; l < laneCount; l++)
        {
            html.Append("<tr><th>").Append(E(segment.Stages[0].Lanes[l].Name)).Append("</th>");
            foreach (var stage in segment.Stages)
            {
                html.Append("<td>");
                var answers = stage.Lanes[l].Answers;
                if (answers.Count == 0)
                {
                    html.Append("<span class=\"none\">").Append(E(text.NoAnswers)).Append("</span>");
                }
                else
                {
                    html.Append("<ul class=\"answers\">");
                    foreach (var answer in answers)
                    {
                        html.Append("<li>");
                        if (answer.Score is { } score)
                        {
                            html.Append("<span class=\"score\">").Append(ExportModel.Signed(score)).Append("</span> ");
                        }

                        html.Append(E(answer.Text)).Append(" <span class=\"author\">— ").Append(E(answer.Author ?? text.Anonymous));
                        if (answer.Source is { } source)
                        {
                            html.Append(" (").Append(E(source)).Append(')');
                        }

                        if (answer.InPersonalChat)
                        {
                            html.Append(" · ").Append(E(text.PersonalChat));
                        }

                        html.Append("</span>");
                        if (answer.Ranking is { } ranking)
                        {
                            html.Append(" <strong class=\"votes\">").Append(E(ranking)).Append("</strong>");
                        }

                        html.Append("</li>");
                    }

                    html.Append("</ul>");
                }

                html.Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("<tr><th>").Append(E(text.EmotionLabel)).Append("</th>");
        foreach (var stage in segment.Stages)
        {
            html.Append("<td>").Append(E(stage.Emotion is { } e
                ? $"{text.MinLabel} {ExportModel.Signed(e.Min)} · {text.AverageLabel} {model.Signed(e.Average)} · {text.MaxLabel} {ExportModel.Signed(e.Max)}"
                : text.NoScores)).Append("</td>");
        }

        html.Append("</tr>\n</tbody>\n</table>\n");
    }

    /// <summary>Per lane with accepted themes, each theme as a heading (most votes first) and its answers under it.</summary>
    private static void Themes(StringBuilder html, ExportModel model, SegmentView segment)
    {
        var text = model.Text;
        foreach (var lane in segment.Themes)
        {
            html.Append("<h3>").Append(E(text.ThemesHeading(lane.Lane))).Append("</h3>\n");
            foreach (var (heading, answers) in lane.Themes.Select(theme => (text.ThemeHeading(theme.Label, theme.Answers.Count, theme.Votes), theme.Answers))
                .Append((text.NoTheme, lane.Unthemed)))
            {
                if (answers.Count == 0)
                {
                    continue;
                }

                html.Append("<h4>").Append(E(heading)).Append("</h4>\n<ul class=\"answers\">");
                foreach (var view in answers)
                {
                    html.Append("<li><strong>").Append(E(view.Stage)).Append(":</strong> ").Append(E(view.Answer.Text))
                        .Append(" <span class=\"author\">— ").Append(E(view.Answer.Author ?? text.Anonymous)).Append("</span></li>");
                }

                html.Append("</ul>\n");
            }
        }
    }

    internal static void Insights(StringBuilder html, ExportModel model, string heading, IReadOnlyList<InsightView> insights)
    {
        if (insights.Count == 0)
        {
            return;
        }

        html.Append("<h3>").Append(E(heading)).Append("</h3>\n<ul class=\"insights\">\n");
        foreach (var insight in insights)
        {
            html.Append("<li>");
            if (insight.Stage is { } stage)
            {
                html.Append("<strong>").Append(E(stage)).Append(":</strong> ");
            }

            html.Append(E(insight.Text)).Append(" <span class=\"author\">— ").Append(E(insight.Author ?? model.Text.Anonymous)).Append("</span></li>\n");
        }

        html.Append("</ul>\n");
    }

    internal static void Decisions(StringBuilder html, ExportModel model)
    {
        var text = model.VotingText;
        if (model.ActionItems.Count > 0)
        {
            html.Append("<section>\n<h2>").Append(E(text.ActionItemsHeading)).Append("</h2>\n<table class=\"actions\">\n<thead><tr><th>")
                .Append(E(text.SolutionLabel)).Append("</th><th>").Append(E(model.Text.SegmentLabel)).Append("</th><th>")
                .Append(E(text.OwnerLabel)).Append("</th><th>").Append(E(text.DueLabel)).Append("</th></tr></thead>\n<tbody>\n");
            foreach (var item in model.ActionItems)
            {
                html.Append("<tr><td>").Append(E(item.Solution)).Append("</td><td>").Append(E(item.Segment)).Append("</td><td>")
                    .Append(E(item.Owner)).Append("</td><td>").Append(E(item.Due)).Append("</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n</section>\n");
        }

        if (model.Conclusions.Count == 0)
        {
            return;
        }

        html.Append("<section>\n<h2>").Append(E(text.ConclusionsHeading)).Append("</h2>\n");
        foreach (var topic in model.Conclusions.GroupBy(c => c.Topic))
        {
            html.Append("<h3>").Append(E(topic.Key)).Append("</h3>\n<ul class=\"conclusions\">\n");
            foreach (var conclusion in topic)
            {
                html.Append("<li>").Append(E(conclusion.Text)).Append(" <span class=\"author\">— ")
                    .Append(E(conclusion.Author ?? model.Text.Anonymous)).Append("</span></li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</section>\n");
    }
}
