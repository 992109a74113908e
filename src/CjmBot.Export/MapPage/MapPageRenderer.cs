using System.Globalization;
using System.Text;
using CjmBot.Export.Html;
using CjmBot.Export.Model;
using CjmBot.Workshops;
using CjmBot.Workshops.Progress;
using CjmBot.Workshops.Questions;

namespace CjmBot.Export.MapPage;

/// <summary>
/// The whole journey on one page, server-rendered: per segment the emotion curve (min–max band, average line, key
/// pain points marked) and a grid with the stages as columns and the lanes as rows, every answer in full with its
/// author (none when the workshop is anonymous), source, personal-chat mark, votes and rank; then insights, action
/// items and conclusions; the current stage and question highlighted. Built from the same model as the exports
/// (<see cref="ExportModel"/>), so anonymity and order are decided in one place; every piece of participants' text is
/// HTML-encoded. Each cell, header, curve and list is a block of its own, so a live page replaces only what changed.
/// </summary>
public static class MapPageRenderer
{
    public static MapPageRendering Render(WorkshopSnapshot workshop, Language language)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var localized = workshop.WithFrame(workshop.Frame with { Language = language });
        var model = ExportModel.Build(localized);
        var page = new PageBuilder(localized, model, MapPageTexts.For(language));
        return new MapPageRendering(workshop.Frame.Title, language, page.Build(), ChangedAt(workshop));
    }

    /// <summary>The latest moment the map reflects: a contribution, a move, the voting, a ballot, an action item or a conclusion.</summary>
    private static DateTimeOffset? ChangedAt(WorkshopSnapshot workshop)
    {
        DateTimeOffset? latest = workshop.Progress.QuestionStartedAt;
        void Consider(DateTimeOffset? at)
        {
            if (at is { } value && (latest is not { } known || value > known))
            {
                latest = value;
            }
        }

        foreach (var contribution in workshop.Contributions)
        {
            Consider(contribution.At);
        }

        Consider(workshop.Decisions.Voting.ChangedAt);
        foreach (var ballot in workshop.Decisions.Ballots)
        {
            Consider(ballot.At);
        }

        foreach (var item in workshop.Decisions.ActionItemRecords)
        {
            Consider(item.At);
        }

        foreach (var conclusion in workshop.Decisions.ConclusionRecords)
        {
            Consider(conclusion.At);
        }

        foreach (var record in workshop.ThemeRecords)
        {
            Consider(record.At);
        }

        return latest;
    }

    private sealed class PageBuilder(WorkshopSnapshot workshop, ExportModel model, MapPageText page)
    {
        private readonly List<MapPagePart> _parts = [];
        private readonly StringBuilder _static = new();

        private static string E(string text) => HtmlExporter.E(text);

        public IReadOnlyList<MapPagePart> Build()
        {
            var text = model.Text;
            // Everything but the page's status bar sits in <main>, the head too: no content outside a landmark.
            Static("<main>\n");
            Block("head", Head());
            if (model.Segments.Count > 1)
            {
                Static("<nav class=\"segments\" aria-label=\"").Append(E(page.Segments)).Append("\"><ul>");
                for (var i = 0; i < model.Segments.Count; i++)
                {
                    Static("<li><a href=\"#seg-").Append(i).Append("\">").Append(E(model.Segments[i].Name)).Append("</a></li>");
                }

                Static("</ul></nav>\n");
            }

            for (var i = 0; i < model.Segments.Count; i++)
            {
                Segment(i, model.Segments[i]);
            }

            Block("general", Insights("general", text.GeneralInsightsHeading, model.GeneralInsights));
            var decisions = new StringBuilder("<div id=\"b-decisions\" class=\"decisions\">\n");
            HtmlExporter.Decisions(decisions, model);
            Block("decisions", decisions.Append("</div>\n").ToString());
            Static("</main>\n");
            Flush();
            return _parts;
        }

        private StringBuilder Static(string html) => _static.Append(html);

        private void Flush()
        {
            if (_static.Length > 0)
            {
                _parts.Add(new MapPagePart(null, _static.ToString()));
                _static.Clear();
            }
        }

        private void Block(string id, string html)
        {
            Flush();
            _parts.Add(new MapPagePart(id, html));
        }

        private string Head()
        {
            var frame = model.Frame;
            var text = model.Text;
            var html = new StringBuilder("<div id=\"b-head\" class=\"head\">\n<h1>").Append(E(frame.Title)).Append("</h1>\n<p class=\"sub\">")
                .Append(E(text.MapHeading));
            if (frame.Version > 1)
            {
                html.Append(" · v").Append(frame.Version.ToString(CultureInfo.InvariantCulture));
            }

            html.Append(" · ").Append(E(text.MapTypeName(frame.MapType))).Append("</p>\n<dl class=\"meta\">\n");
            HtmlExporter.Meta(html, text.ProductLabel, frame.Product);
            HtmlExporter.Meta(html, text.GoalLabel, frame.Goal);
            html.Append("</dl>\n<p class=\"now\">").Append(E(Now())).Append("</p>\n");
            if (ChangedAt(workshop) is { } changed)
            {
                html.Append("<time id=\"changed-at\" hidden datetime=\"").Append(changed.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture))
                    .Append("\"></time>\n");
            }

            return html.Append("</div>\n").ToString();
        }

        private string Now()
        {
            var frame = model.Frame;
            var progress = workshop.Progress;
            var position = progress.Position;
            var where = position.Segment < frame.Segments.Count && position.Stage < frame.Stages.Count && position.Question < frame.Questions.Count
                ? page.Now(frame.Segments[position.Segment].Name, StageTitle(position.Stage), QuestionCatalog.Text(frame.Questions[position.Question], frame.Language).Lane)
                : "";
            return progress.Status switch
            {
                WorkshopStatus.Finished => page.Finished,
                WorkshopStatus.Closed => page.Closed,
                WorkshopStatus.Paused => page.Paused + (where.Length > 0 ? " · " + where : ""),
                _ => where,
            };
        }

        private string StageTitle(int stage) => $"{(stage + 1).ToString(CultureInfo.InvariantCulture)}. {model.Segments[0].Stages[stage].Name}";

        /// <summary>The position the page highlights, if the session has one (not once every question was asked).</summary>
        private Position? Current => workshop.Progress.Status == WorkshopStatus.Finished ? null : workshop.Progress.Position;

        private void Segment(int index, SegmentView segment)
        {
            var text = model.Text;
            var frame = model.Frame;
            var current = Current is { } position && position.Segment == index ? position : (Position?)null;
            var currentLane = current is { } at && at.Question < frame.Questions.Count ? frame.Questions[at.Question] : (QuestionKey?)null;
            var keyPains = index < frame.Segments.Count ? EmotionCurve.For(workshop, frame.Segments[index].Id).KeyPainStages : new HashSet<int>();

            Static("<section class=\"segment\" id=\"seg-").Append(index).Append("\" aria-labelledby=\"seg-").Append(index).Append("-h\">\n<h2 id=\"seg-")
                .Append(index).Append("-h\">").Append(E(text.SegmentLabel)).Append(": ").Append(E(segment.Name)).Append("</h2>\n");
            if (segment.Portrait.Length > 0)
            {
                Static("<p class=\"persona\">").Append(E(text.PersonaLabel)).Append(": ").Append(E(segment.Portrait)).Append("</p>\n");
            }

            Static("<h3>").Append(E(text.EmotionCurveHeading)).Append("</h3>\n<p class=\"note\">").Append(E(text.EmotionCurveDescription)).Append("</p>\n");
            Block($"s{index}-curve", Curve(index, segment, keyPains, current?.Stage));

            Static("<div class=\"grid\" role=\"region\" tabindex=\"0\" aria-label=\"").Append(E(page.Grid(segment.Name)))
                .Append("\">\n<table class=\"map\">\n");
            Block($"s{index}-head", StageHeader(index, segment, keyPains, current?.Stage));
            Static("<tbody>\n");
            var laneCount = segment.Stages.Count == 0 ? 0 : segment.Stages[0].Lanes.Count;
            for (var l = 0; l < laneCount; l++)
            {
                var lane = segment.Stages[0].Lanes[l];
                Static("<tr><th scope=\"row\">").Append(E(lane.Name)).Append("</th>");
                foreach (var stage in segment.Stages)
                {
                    var isCurrent = current?.Stage == stage.Index && currentLane == lane.Question;
                    Block($"s{index}-c{stage.Index}-{l}", Cell($"s{index}-c{stage.Index}-{l}", stage.Lanes[l], isCurrent));
                }

                Static("</tr>\n");
            }

            Static("<tr class=\"emotion\"><th scope=\"row\">").Append(E(text.EmotionLabel)).Append("</th>");
            foreach (var stage in segment.Stages)
            {
                Block($"s{index}-e{stage.Index}", EmotionCell($"s{index}-e{stage.Index}", stage, keyPains.Contains(stage.Index)));
            }

            Static("</tr>\n</tbody>\n</table>\n</div>\n");
            Block($"s{index}-themes", Themes($"s{index}-themes", segment));
            Block($"s{index}-insights", Insights($"s{index}-insights", text.InsightsHeading, segment.Insights));
            Static("</section>\n");
        }

        private string Curve(int index, SegmentView segment, IReadOnlySet<int> keyPains, int? currentStage)
        {
            var text = model.Text;
            var html = new StringBuilder("<figure id=\"b-s").Append(index).Append("-curve\" class=\"curve\">\n");
            EmotionCurveSvg.Append(html, model, segment, keyPains, currentStage);
            html.Append("<figcaption><ul class=\"spread\">\n");
            foreach (var stage in segment.Stages)
            {
                html.Append(keyPains.Contains(stage.Index) ? "<li class=\"pain\">" : "<li>").Append("<strong>").Append(E(StageTitle(stage.Index))).Append(":</strong> ");
                if (stage.Emotion is { } e)
                {
                    html.Append(E($"{text.MinLabel} {ExportModel.Signed(e.Min)} · {text.AverageLabel} {model.Signed(e.Average)} · {text.MaxLabel} {ExportModel.Signed(e.Max)} ({page.Scores(e.Count)})"));
                }
                else
                {
                    html.Append("<span class=\"none\">").Append(E(text.NoScores)).Append("</span>");
                }

                if (keyPains.Contains(stage.Index))
                {
                    html.Append(" <span class=\"pain-label\">⚠ ").Append(E(page.KeyPain)).Append("</span>");
                }

                html.Append("</li>\n");
            }

            return html.Append("</ul></figcaption>\n</figure>\n").ToString();
        }

        private string StageHeader(int index, SegmentView segment, IReadOnlySet<int> keyPains, int? currentStage)
        {
            var html = new StringBuilder("<thead id=\"b-s").Append(index).Append("-head\"><tr><th scope=\"col\" class=\"corner\">").Append(E(page.LaneHeader)).Append("</th>");
            foreach (var stage in segment.Stages)
            {
                var isCurrent = stage.Index == currentStage;
                html.Append(isCurrent ? "<th scope=\"col\" class=\"current\" aria-current=\"step\">" : "<th scope=\"col\">")
                    .Append(E(StageTitle(stage.Index)));
                var count = stage.Lanes.Sum(lane => lane.Answers.Count);
                html.Append("<span class=\"count\">").Append(E(page.Answers(count))).Append("</span>");
                if (keyPains.Contains(stage.Index))
                {
                    html.Append("<span class=\"pain-label\">⚠ ").Append(E(page.KeyPain)).Append("</span>");
                }

                if (isCurrent)
                {
                    html.Append("<span class=\"marker\">◀ ").Append(E(page.CurrentMarker)).Append("</span>");
                }

                html.Append("</th>");
            }

            return html.Append("</tr></thead>\n").ToString();
        }

        private string Cell(string id, LaneView lane, bool isCurrent)
        {
            var html = new StringBuilder(64 + (lane.Answers.Count * 160)).Append("<td id=\"b-").Append(id)
                .Append(isCurrent ? "\" class=\"current\" aria-current=\"true\">" : "\">");
            if (lane.Answers.Count == 0)
            {
                html.Append("<span class=\"none\">").Append(E(model.Text.NoAnswers)).Append("</span>");
            }
            else
            {
                html.Append("<ul class=\"answers\">");
                foreach (var answer in lane.Answers)
                {
                    Answer(html, answer);
                }

                html.Append("</ul>");
            }

            return html.Append("</td>").ToString();
        }

        private void Answer(StringBuilder html, AnswerView answer)
        {
            html.Append("<li>");
            if (answer.Score is { } score)
            {
                html.Append("<span class=\"score ").Append(score < 0 ? "neg" : score > 0 ? "pos" : "zero").Append("\">").Append(ExportModel.Signed(score)).Append("</span> ");
            }

            html.Append("<span class=\"text\">").Append(E(answer.Text)).Append("</span>");
            if (answer.Author is { } author)
            {
                html.Append(" <span class=\"by\">— ").Append(E(author)).Append("</span>");
            }

            if (answer.Source is { } source)
            {
                html.Append(" <span class=\"tag source\">").Append(E(source)).Append("</span>");
            }

            if (answer.InPersonalChat)
            {
                html.Append(" <span class=\"tag async\">").Append(E(model.Text.PersonalChat)).Append("</span>");
            }

            if (answer.Ranking is { } ranking)
            {
                html.Append(" <span class=\"votes\">").Append(E(ranking)).Append("</span>");
            }

            html.Append("</li>");
        }

        private string EmotionCell(string id, StageView stage, bool isKeyPain)
        {
            var text = model.Text;
            var html = new StringBuilder("<td id=\"b-").Append(id).Append(isKeyPain ? "\" class=\"pain\">" : "\">");
            if (stage.Emotion is { } e)
            {
                html.Append(E($"{text.MinLabel} {ExportModel.Signed(e.Min)} · {text.AverageLabel} {model.Signed(e.Average)} · {text.MaxLabel} {ExportModel.Signed(e.Max)}"));
                if (isKeyPain)
                {
                    html.Append(" <span class=\"pain-label\">⚠ ").Append(E(page.KeyPain)).Append("</span>");
                }
            }
            else
            {
                html.Append("<span class=\"none\">").Append(E(text.NoScores)).Append("</span>");
            }

            return html.Append("</td>").ToString();
        }

        /// <summary>The segment's accepted themes per lane, with their answers' count and votes (empty when none is accepted).</summary>
        private string Themes(string id, SegmentView segment)
        {
            var text = model.Text;
            var html = new StringBuilder("<div id=\"b-").Append(id).Append("\" class=\"themes\">\n");
            foreach (var lane in segment.Themes)
            {
                html.Append("<h3>").Append(E(text.ThemesHeading(lane.Lane))).Append("</h3>\n<ul class=\"insights\">\n");
                foreach (var theme in lane.Themes)
                {
                    html.Append("<li>").Append(E(text.ThemeHeading(theme.Label, theme.Answers.Count, theme.Votes))).Append("</li>\n");
                }

                html.Append("</ul>\n");
            }

            return html.Append("</div>\n").ToString();
        }

        private string Insights(string id, string heading, IReadOnlyList<InsightView> insights)
        {
            var html = new StringBuilder("<div id=\"b-").Append(id).Append("\" class=\"insights\">\n");
            HtmlExporter.Insights(html, model, heading, insights);
            return html.Append("</div>\n").ToString();
        }
    }
}
