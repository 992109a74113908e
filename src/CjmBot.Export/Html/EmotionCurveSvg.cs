using System.Globalization;
using System.Net;
using System.Text;
using CjmBot.Export.Model;

namespace CjmBot.Export.Html;

/// <summary>
/// The emotion curve as inline SVG: the average per stage as a line, the min–max range as a band behind it. The live map
/// page also marks the key pain points and the current stage (the printable export leaves both out).
/// </summary>
internal static class EmotionCurveSvg
{
    private const int Width = 760;
    private const int Height = 220;
    private const int Left = 40;
    private const int Right = 20;
    private const int Top = 20;
    private const int Bottom = 40;

    public static void Append(StringBuilder html, ExportModel model, SegmentView segment, IReadOnlySet<int>? keyPains = null, int? currentStage = null)
    {
        var stages = segment.Stages;
        // Each stage owns an equal column and is drawn at its centre, so the first and last names fit.
        var column = (double)(Width - Left - Right) / Math.Max(1, stages.Count);
        double X(int stage) => Left + (column * (stage + 0.5));
        static double Y(double score) => Top + ((2 - score) / 4 * (Height - Top - Bottom));
        static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

        html.Append("<svg class=\"curve\" viewBox=\"0 0 ").Append(Width).Append(' ').Append(Height)
            .Append("\" role=\"img\" aria-label=\"").Append(WebUtility.HtmlEncode(model.Text.EmotionCurveHeading)).Append("\">\n");
        for (var score = -2; score <= 2; score++)
        {
            html.Append("<line class=\"grid").Append(score == 0 ? " zero" : "").Append("\" x1=\"").Append(Left).Append("\" x2=\"").Append(Width - Right)
                .Append("\" y1=\"").Append(N(Y(score))).Append("\" y2=\"").Append(N(Y(score))).Append("\"/>")
                .Append("<text class=\"axis\" x=\"").Append(Left - 8).Append("\" y=\"").Append(N(Y(score) + 4)).Append("\">")
                .Append(ExportModel.Signed(score)).Append("</text>\n");
        }

        var scored = stages.Where(s => s.Emotion is not null).ToList();
        if (scored.Count > 0)
        {
            var band = scored.Select(s => $"{N(X(s.Index))},{N(Y(s.Emotion!.Max))}")
                .Concat(scored.AsEnumerable().Reverse().Select(s => $"{N(X(s.Index))},{N(Y(s.Emotion!.Min))}"));
            html.Append("<polygon class=\"band\" points=\"").AppendJoin(' ', band).Append("\"/>\n");
            html.Append("<polyline class=\"avg\" points=\"").AppendJoin(' ', scored.Select(s => $"{N(X(s.Index))},{N(Y(s.Emotion!.Average))}")).Append("\"/>\n");
            foreach (var stage in scored)
            {
                html.Append("<circle class=\"dot\" cx=\"").Append(N(X(stage.Index))).Append("\" cy=\"").Append(N(Y(stage.Emotion!.Average))).Append("\" r=\"4\"><title>")
                    .Append(WebUtility.HtmlEncode($"{stage.Name}: {model.Text.AverageLabel} {model.Signed(stage.Emotion.Average)}")).Append("</title></circle>\n");
                if (keyPains?.Contains(stage.Index) == true)
                {
                    html.Append("<circle class=\"pain\" cx=\"").Append(N(X(stage.Index))).Append("\" cy=\"").Append(N(Y(stage.Emotion.Average)))
                        .Append("\" r=\"9\"/><text class=\"pain-mark\" x=\"").Append(N(X(stage.Index))).Append("\" y=\"").Append(N(Y(stage.Emotion.Average) - 14))
                        .Append("\">⚠</text>\n");
                }
            }
        }

        foreach (var stage in stages)
        {
            html.Append(stage.Index == currentStage ? "<text class=\"stage current\" x=\"" : "<text class=\"stage\" x=\"")
                .Append(N(X(stage.Index))).Append("\" y=\"").Append(Height - 12).Append("\">")
                .Append(WebUtility.HtmlEncode(stage.Name)).Append("</text>\n");
        }

        html.Append("</svg>\n");
    }
}
