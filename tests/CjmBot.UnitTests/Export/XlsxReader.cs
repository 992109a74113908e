using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CjmBot.UnitTests.Export;

/// <summary>A workbook read back with OpenXml: sheet names in order and every cell by reference.</summary>
internal sealed record XlsxWorkbook(IReadOnlyList<string> SheetNames, IReadOnlyDictionary<string, IReadOnlyDictionary<string, XlsxCell>> Sheets)
{
    public static XlsxWorkbook Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbook = document.WorkbookPart!;
        var names = new List<string>();
        var sheets = new Dictionary<string, IReadOnlyDictionary<string, XlsxCell>>(StringComparer.Ordinal);
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            var cells = part.Worksheet.Descendants<Cell>().ToDictionary(
                cell => cell.CellReference!.Value!,
                cell => cell.DataType?.Value == CellValues.InlineString
                    ? new XlsxCell(cell.InlineString!.InnerText, IsNumber: false)
                    : new XlsxCell(cell.CellValue?.Text ?? "", IsNumber: cell.DataType is null && cell.CellValue is not null));
            names.Add(sheet.Name!.Value!);
            sheets[sheet.Name!.Value!] = cells;
        }

        return new XlsxWorkbook(names, sheets);
    }

    public string Text(string sheet, string reference) => Sheets[sheet].TryGetValue(reference, out var cell) ? cell.Value : "";

    public string[] Texts(string sheet, params string[] references) => [.. references.Select(reference => Text(sheet, reference))];

    /// <summary>Rows of a sheet, counted by the distinct row numbers of its cells.</summary>
    public int RowCount(string sheet) => Sheets[sheet].Keys.Select(key => key.TrimStart('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L')).Distinct().Count();
}

internal sealed record XlsxCell(string Value, bool IsNumber);
