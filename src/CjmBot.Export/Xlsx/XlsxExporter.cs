using System.Globalization;
using System.Text;
using CjmBot.Export.Csv;
using CjmBot.Export.Model;
using CjmBot.Workshops;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CjmBot.Export.Xlsx;

/// <summary>
/// An Excel workbook: one sheet per segment laid out as the map (rows are lanes, columns are stages, a cell holds
/// the lane's answers one per line) and an Answers sheet with the CSV columns. Text is stored as inline strings,
/// which Excel never evaluates, so no formula can run.
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

        // The package is assembled in memory because OpenXml needs a seekable stream; the output may be a network stream.
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            var names = new SheetNames();
            var answersName = names.Claim(model.Text.AnswersSheetName);

            uint sheetId = 1;
            foreach (var segment in model.Segments)
            {
                cancellationToken.ThrowIfCancellationRequested();
                AddSheet(workbookPart, sheets, names.Claim(segment.Name), sheetId++, GridWidths(segment), GridRows(model, segment));
            }

            AddSheet(workbookPart, sheets, answersName, sheetId, [24, 20, 16, 20, 8, 20, 16, 8, 22, 80], AnswerRows(model));
            if (model.ActionItems.Count > 0)
            {
                var text = model.VotingText;
                AddSheet(workbookPart, sheets, names.Claim(text.ActionItemsHeading), ++sheetId, [60, 24, 24, 12], TableRows(
                    [text.SolutionLabel, model.Text.SegmentLabel, text.OwnerLabel, text.DueLabel],
                    model.ActionItems.Select(item => new[] { item.Solution, item.Segment, item.Owner, item.Due })));
            }

            if (model.Conclusions.Count > 0)
            {
                AddSheet(workbookPart, sheets, names.Claim(model.VotingText.ConclusionsHeading), ++sheetId, [36, 80, 24], TableRows(
                    [model.Text.QuestionLabel, model.Text.TextLabel, model.Text.AuthorLabel],
                    model.Conclusions.Select(c => new[] { c.Topic, c.Text, c.Author ?? model.Text.Anonymous })));
            }
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
    }

    private static double[] GridWidths(SegmentView segment) => [18, .. segment.Stages.Select(_ => 40.0)];

    private static IEnumerable<Row> GridRows(ExportModel model, SegmentView segment)
    {
        var header = new Row { RowIndex = 1 };
        header.Append(TextCell(1, 1, segment.Name, HeaderStyle));
        for (var s = 0; s < segment.Stages.Count; s++)
        {
            header.Append(TextCell(s + 2, 1, segment.Stages[s].Name, HeaderStyle));
        }

        yield return header;

        var laneCount = segment.Stages.Count == 0 ? 0 : segment.Stages[0].Lanes.Count;
        uint rowIndex = 2;
        for (var l = 0; l < laneCount; l++, rowIndex++)
        {
            var row = new Row { RowIndex = rowIndex };
            row.Append(TextCell(1, rowIndex, segment.Stages[0].Lanes[l].Name, HeaderStyle));
            for (var s = 0; s < segment.Stages.Count; s++)
            {
                row.Append(TextCell(s + 2, rowIndex, GridCell(segment.Stages[s].Lanes[l]), WrapStyle));
            }

            yield return row;
        }

        var emotion = new Row { RowIndex = rowIndex };
        emotion.Append(TextCell(1, rowIndex, model.Text.EmotionLabel, HeaderStyle));
        for (var s = 0; s < segment.Stages.Count; s++)
        {
            var summary = segment.Stages[s].Emotion;
            emotion.Append(TextCell(s + 2, rowIndex, summary is null ? "" :
                $"{model.Text.MinLabel} {ExportModel.Signed(summary.Min)} · {model.Text.AverageLabel} {model.Signed(summary.Average)} · {model.Text.MaxLabel} {ExportModel.Signed(summary.Max)}", WrapStyle));
        }

        yield return emotion;
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

    private static IEnumerable<Row> AnswerRows(ExportModel model)
    {
        var header = new Row { RowIndex = 1 };
        var titles = CsvExporter.Header(model);
        for (var c = 0; c < titles.Length; c++)
        {
            header.Append(TextCell(c + 1, 1, titles[c], HeaderStyle));
        }

        yield return header;

        uint rowIndex = 2;
        foreach (var answer in model.Rows)
        {
            var row = new Row { RowIndex = rowIndex };
            row.Append(
                TextCell(1, rowIndex, answer.Segment, 0),
                TextCell(2, rowIndex, answer.Stage, 0),
                TextCell(3, rowIndex, answer.Question, 0),
                TextCell(4, rowIndex, answer.Author, 0),
                answer.Score is { } score ? NumberCell(5, rowIndex, score) : TextCell(5, rowIndex, "", 0),
                TextCell(6, rowIndex, answer.Source, 0),
                TextCell(7, rowIndex, answer.AnsweredIn, 0),
                NumberCell(8, rowIndex, answer.Votes),
                TextCell(9, rowIndex, answer.Time, 0),
                TextCell(10, rowIndex, answer.Text, WrapStyle));
            yield return row;
            rowIndex++;
        }
    }

    /// <summary>A header row and one row of wrapped text cells per item (action items, conclusions).</summary>
    private static IEnumerable<Row> TableRows(string[] titles, IEnumerable<string[]> items)
    {
        var header = new Row { RowIndex = 1 };
        for (var c = 0; c < titles.Length; c++)
        {
            header.Append(TextCell(c + 1, 1, titles[c], HeaderStyle));
        }

        yield return header;
        uint rowIndex = 2;
        foreach (var item in items)
        {
            var row = new Row { RowIndex = rowIndex };
            row.Append(item.Select((value, c) => TextCell(c + 1, rowIndex, value, WrapStyle)));
            yield return row;
            rowIndex++;
        }
    }

    private static void AddSheet(WorkbookPart workbookPart, Sheets sheets, string name, uint sheetId, double[] widths, IEnumerable<Row> rows)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
        var columns = new Columns(widths.Select((width, i) => new Column
        {
            Min = (uint)(i + 1), Max = (uint)(i + 1), Width = width, CustomWidth = true,
        }));
        var data = new SheetData();
        foreach (var row in rows)
        {
            data.Append(row);
        }

        part.Worksheet = new Worksheet(columns, data);
        sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = sheetId, Name = name });
    }

    private static Cell TextCell(int column, uint row, string text, uint style) => new()
    {
        CellReference = Reference(column, row),
        DataType = CellValues.InlineString,
        StyleIndex = style,
        InlineString = new InlineString(new Text(CellText(text)) { Space = SpaceProcessingModeValues.Preserve }),
    };

    private static Cell NumberCell(int column, uint row, int value) => new()
    {
        CellReference = Reference(column, row),
        CellValue = new CellValue(value),
    };

    /// <summary>Drops characters XML cannot carry and keeps within Excel's cell limit, ending with an ellipsis when cut.</summary>
    internal static string CellText(string text)
    {
        var clean = XmlConvertSafe(text);
        return clean.Length <= MaxCellLength ? clean : string.Concat(clean.AsSpan(0, MaxCellLength - 1), "…");
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

    private static string Reference(int column, uint row)
    {
        var name = "";
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name + row.ToString(CultureInfo.InvariantCulture);
    }

    private static Stylesheet Styles()
    {
        var top = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top };
        return new Stylesheet(
            new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellFormats(
                new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 },
                new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, Alignment = (Alignment)top.CloneNode(true), ApplyAlignment = true },
                new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, ApplyFont = true, Alignment = (Alignment)top.CloneNode(true), ApplyAlignment = true })
            { Count = 3 });
    }
}
