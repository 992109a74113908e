using System.Globalization;
using System.Text;
using CjmBot.Export.Csv;
using CjmBot.Export.Model;
using CjmBot.Workshops;

namespace CjmBot.Export.Xlsx;

/// <summary>
/// An Excel workbook: one sheet per segment laid out as the map (rows are lanes, columns are stages, a cell holds
/// the lane's answers one per line), an Answers sheet with the CSV columns, and sheets for the insights, action items
/// and conclusions when there are any. Text is stored as inline strings, which Excel never evaluates, so no formula can
/// run. The workbook is written to the output as it is made (see <see cref="XlsxPackage"/>), never held whole in memory.
/// </summary>
public sealed class XlsxExporter : IWorkshopExporter
{
    /// <summary>Excel refuses to open a file with a longer cell.</summary>
    internal const int MaxCellLength = 32_767;

    private const uint WrapStyle = 1;
    private const uint HeaderStyle = 2;

    public ExportFormat Format => ExportFormat.Xlsx;

    public string ContentType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public string FileExtension => ".xlsx";

    public async Task WriteAsync(WorkshopSnapshot workshop, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var model = ExportModel.Build(workshop);
        var names = new SheetNames();
        var answersName = names.Claim(model.Text.AnswersSheetName);
        var sheets = new List<XlsxSheet>();
        foreach (var segment in model.Segments)
        {
            sheets.Add(new XlsxSheet(names.Claim(segment.Name), GridWidths(segment), GridRows(model, segment)));
        }

        sheets.Add(new XlsxSheet(answersName, [24, 20, 16, 20, 8, 20, 16, 8, 22, 80, 24], AnswerRows(model)));
        if (model.InsightRows.Count > 0)
        {
            var text = model.Text;
            sheets.Add(new XlsxSheet(names.Claim(text.InsightsHeading), [24, 20, 20, 22, 80], TableRows(
                [text.SegmentLabel, text.StageLabel, text.AuthorLabel, text.TimeLabel, text.TextLabel],
                model.InsightRows.Select(row => new[] { row.Segment, row.Stage, row.Author, row.Time, row.Text }))));
        }

        if (model.ActionItems.Count > 0)
        {
            var text = model.VotingText;
            sheets.Add(new XlsxSheet(names.Claim(text.ActionItemsHeading), [60, 24, 24, 12], TableRows(
                [text.SolutionLabel, model.Text.SegmentLabel, text.OwnerLabel, text.DueLabel],
                model.ActionItems.Select(item => new[] { item.Solution, item.Segment, item.Owner, item.Due }))));
        }

        if (model.Conclusions.Count > 0)
        {
            sheets.Add(new XlsxSheet(names.Claim(model.VotingText.ConclusionsHeading), [36, 80, 24], TableRows(
                [model.Text.QuestionLabel, model.Text.TextLabel, model.Text.AuthorLabel],
                model.Conclusions.Select(c => new[] { c.Topic, c.Text, c.Author ?? model.Text.Anonymous }))));
        }

        using var package = new XlsxPackage(output);
        await package.WriteAsync(sheets, cancellationToken).ConfigureAwait(false);
    }

    private static double[] GridWidths(SegmentView segment) => [18, .. segment.Stages.Select(_ => 40.0)];

    private static IEnumerable<XlsxCell[]> GridRows(ExportModel model, SegmentView segment)
    {
        yield return [TextCell(segment.Name, HeaderStyle), .. segment.Stages.Select(stage => TextCell(stage.Name, HeaderStyle))];

        var laneCount = segment.Stages.Count == 0 ? 0 : segment.Stages[0].Lanes.Count;
        for (var l = 0; l < laneCount; l++)
        {
            var lane = l;
            yield return [TextCell(segment.Stages[0].Lanes[lane].Name, HeaderStyle), .. segment.Stages.Select(stage => TextCell(GridCell(stage.Lanes[lane]), WrapStyle))];
        }

        yield return
        [
            TextCell(model.Text.EmotionLabel, HeaderStyle),
            .. segment.Stages.Select(stage => TextCell(stage.Emotion is not { } summary ? "" :
                $"{model.Text.MinLabel} {ExportModel.Signed(summary.Min)} · {model.Text.AverageLabel} {model.Signed(summary.Average)} · {model.Text.MaxLabel} {ExportModel.Signed(summary.Max)}", WrapStyle)),
        ];
    }

    /// <summary>The lane's answers, one per line: score first on the emotions lane, author last unless anonymous.</summary>
    internal static string GridCell(LaneView lane)
    {
        var cell = new StringBuilder();
        foreach (var answer in lane.Answers)
        {
            if (cell.Length > 0)
            {
                cell.Append('\n');
            }

            if (answer.Score is { } score)
            {
                cell.Append(ExportModel.Signed(score)).Append(' ');
            }

            cell.Append(answer.Text);
            if (answer.Author is { } author)
            {
                cell.Append(" — ").Append(author);
            }

            if (answer.Ranking is { } ranking)
            {
                cell.Append(" (").Append(ranking).Append(')');
            }
        }

        return cell.ToString();
    }

    private static IEnumerable<XlsxCell[]> AnswerRows(ExportModel model)
    {
        yield return [.. CsvExporter.Header(model).Select(title => TextCell(title, HeaderStyle))];
        foreach (var answer in model.Rows)
        {
            yield return
            [
                TextCell(answer.Segment, 0),
                TextCell(answer.Stage, 0),
                TextCell(answer.Question, 0),
                TextCell(answer.Author, 0),
                answer.Score is { } score ? XlsxCell.OfNumber(score) : TextCell("", 0),
                TextCell(answer.Source, 0),
                TextCell(answer.AnsweredIn, 0),
                XlsxCell.OfNumber(answer.Votes),
                TextCell(answer.Time, 0),
                TextCell(answer.Text, WrapStyle),
                TextCell(answer.Theme, 0),
            ];
        }
    }

    /// <summary>A header row and one row of wrapped text cells per item (insights, action items, conclusions).</summary>
    private static IEnumerable<XlsxCell[]> TableRows(string[] titles, IEnumerable<string[]> items)
    {
        yield return [.. titles.Select(title => TextCell(title, HeaderStyle))];
        foreach (var item in items)
        {
            yield return [.. item.Select(value => TextCell(value, WrapStyle))];
        }
    }

    private static XlsxCell TextCell(string text, uint style) => XlsxCell.OfText(CellText(text), style);

    /// <summary>Drops characters XML cannot carry and keeps within Excel's cell limit, ending with an ellipsis when cut.</summary>
    internal static string CellText(string text)
    {
        var clean = XmlConvertSafe(text);
        if (clean.Length <= MaxCellLength)
        {
            return clean;
        }

        // Never between the two halves of a surrogate pair: XML cannot carry half a character.
        var keep = char.IsHighSurrogate(clean[MaxCellLength - 2]) ? MaxCellLength - 2 : MaxCellLength - 1;
        return string.Concat(clean.AsSpan(0, keep), "…");
    }

    private static string XmlConvertSafe(string text)
    {
        if (!text.Any(c => IsInvalidXml(c)))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (!IsInvalidXml(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsInvalidXml(char c) =>
        (c < 0x20 && c is not '\t' and not '\n' and not '\r') || c is '\uFFFE' or '\uFFFF' || char.IsSurrogate(c);
}
