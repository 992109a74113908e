using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using CjmBot.Export.Streaming;

namespace CjmBot.Export.Xlsx;

/// <summary>One cell to write: text (an inline string, never evaluated) or a whole number, with a style index.</summary>
internal readonly record struct XlsxCell(string? Text, int? Number, uint Style)
{
    public static XlsxCell OfText(string text, uint style) => new(text, null, style);

    public static XlsxCell OfNumber(int number) => new(null, number, 0);
}

/// <summary>A worksheet to write: its name, its column widths and its rows (produced as they are written).</summary>
internal sealed record XlsxSheet(string Name, double[] Widths, IEnumerable<XlsxCell[]> Rows);

/// <summary>
/// Writes a SpreadsheetML workbook part by part into a ZIP on the output as it goes: each worksheet's rows are turned
/// into XML, compressed and handed to the output in chunks of about <see cref="ChunkBytes"/>, so the memory a workbook
/// costs does not grow with its size. The package holds the parts Excel needs and nothing else: content types,
/// relationships, the workbook, the styles and the sheets.
/// </summary>
internal sealed class XlsxPackage : IDisposable
{
    public const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private const int ChunkBytes = 64 * 1024;

    /// <summary>Rows between pushes of the XML writer's buffer into the compressor.</summary>
    private const int RowsPerFlush = 64;

    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>A fixed time for every entry, so the same workshop gives the same bytes.</summary>
    private static readonly DateTimeOffset EntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        CloseOutput = false,
    };

    private readonly DrainingStream _sink;
    private readonly ZipArchive _zip;

    public XlsxPackage(Stream output)
    {
        _sink = new DrainingStream(output);
        _zip = new ZipArchive(_sink, ZipArchiveMode.Create, leaveOpen: true);
    }

    /// <summary>Writes the whole workbook and the ZIP's central directory, then hands the last bytes to the output.</summary>
    public async Task WriteAsync(IReadOnlyList<XlsxSheet> sheets, CancellationToken cancellationToken)
    {
        await PartAsync("[Content_Types].xml", xml => ContentTypes(xml, sheets.Count), cancellationToken).ConfigureAwait(false);
        await PartAsync("_rels/.rels", PackageRelationships, cancellationToken).ConfigureAwait(false);
        await PartAsync("xl/workbook.xml", xml => Workbook(xml, sheets), cancellationToken).ConfigureAwait(false);
        await PartAsync("xl/_rels/workbook.xml.rels", xml => WorkbookRelationships(xml, sheets.Count), cancellationToken).ConfigureAwait(false);
        await PartAsync("xl/styles.xml", Styles, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < sheets.Count; i++)
        {
            await SheetAsync(SheetPath(i), sheets[i], cancellationToken).ConfigureAwait(false);
        }

        _zip.Dispose();
        await _sink.DrainAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Dispose()
    {
        _zip.Dispose();
        _sink.Dispose();
    }

    /// <summary>Excel's cell name: column letters and row number (<c>AB12</c>).</summary>
    public static string Reference(int column, uint row)
    {
        Span<char> letters = stackalloc char[4];
        var length = 0;
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            letters[length++] = (char)('A' + ((n - 1) % 26));
        }

        letters[..length].Reverse();
        return string.Concat(letters[..length], row.ToString(CultureInfo.InvariantCulture));
    }

    private static string SheetPath(int index) => $"xl/worksheets/sheet{(index + 1).ToString(CultureInfo.InvariantCulture)}.xml";

    private ZipArchiveEntry Entry(string path)
    {
        var entry = _zip.CreateEntry(path, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        return entry;
    }

    private async Task PartAsync(string path, Action<XmlWriter> write, CancellationToken cancellationToken)
    {
        using (var stream = Entry(path).Open())
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            xml.WriteStartDocument(standalone: true);
            write(xml);
            xml.WriteEndDocument();
        }

        await _sink.DrainAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task SheetAsync(string path, XlsxSheet sheet, CancellationToken cancellationToken)
    {
        using (var stream = Entry(path).Open())
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            xml.WriteStartDocument(standalone: true);
            xml.WriteStartElement("worksheet", MainNamespace);
            xml.WriteStartElement("cols", MainNamespace);
            for (var i = 0; i < sheet.Widths.Length; i++)
            {
                var column = (i + 1).ToString(CultureInfo.InvariantCulture);
                xml.WriteStartElement("col", MainNamespace);
                xml.WriteAttributeString("min", column);
                xml.WriteAttributeString("max", column);
                xml.WriteAttributeString("width", sheet.Widths[i].ToString("0.##", CultureInfo.InvariantCulture));
                xml.WriteAttributeString("customWidth", "1");
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteStartElement("sheetData", MainNamespace);
            uint rowIndex = 0;
            foreach (var row in sheet.Rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                rowIndex++;
                Row(xml, rowIndex, row);
                if (rowIndex % RowsPerFlush == 0)
                {
                    xml.Flush();
                    if (_sink.Pending >= ChunkBytes)
                    {
                        await _sink.DrainAsync(cancellationToken).ConfigureAwait(false);
                    }
                }
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        await _sink.DrainAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void Row(XmlWriter xml, uint rowIndex, XlsxCell[] cells)
    {
        xml.WriteStartElement("row", MainNamespace);
        xml.WriteAttributeString("r", rowIndex.ToString(CultureInfo.InvariantCulture));
        for (var c = 0; c < cells.Length; c++)
        {
            var cell = cells[c];
            xml.WriteStartElement("c", MainNamespace);
            xml.WriteAttributeString("r", Reference(c + 1, rowIndex));
            if (cell.Style != 0)
            {
                xml.WriteAttributeString("s", cell.Style.ToString(CultureInfo.InvariantCulture));
            }

            if (cell.Number is { } number)
            {
                xml.WriteElementString("v", MainNamespace, number.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                xml.WriteAttributeString("t", "inlineStr");
                xml.WriteStartElement("is", MainNamespace);
                xml.WriteStartElement("t", MainNamespace);
                xml.WriteAttributeString("xml", "space", null, "preserve");
                xml.WriteString(cell.Text ?? "");
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void ContentTypes(XmlWriter xml, int sheetCount)
    {
        const string ns = "http://schemas.openxmlformats.org/package/2006/content-types";
        xml.WriteStartElement("Types", ns);
        Default(xml, ns, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default(xml, ns, "xml", "application/xml");
        Override(xml, ns, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
        Override(xml, ns, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
        for (var i = 0; i < sheetCount; i++)
        {
            Override(xml, ns, "/" + SheetPath(i), "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
        }

        xml.WriteEndElement();

        static void Default(XmlWriter xml, string ns, string extension, string type)
        {
            xml.WriteStartElement("Default", ns);
            xml.WriteAttributeString("Extension", extension);
            xml.WriteAttributeString("ContentType", type);
            xml.WriteEndElement();
        }

        static void Override(XmlWriter xml, string ns, string part, string type)
        {
            xml.WriteStartElement("Override", ns);
            xml.WriteAttributeString("PartName", part);
            xml.WriteAttributeString("ContentType", type);
            xml.WriteEndElement();
        }
    }

    private static void PackageRelationships(XmlWriter xml)
    {
        xml.WriteStartElement("Relationships", RelationshipsNamespace);
        Relationship(xml, "rId1", OfficeRelationships + "/officeDocument", "xl/workbook.xml");
        xml.WriteEndElement();
    }

    private static void WorkbookRelationships(XmlWriter xml, int sheetCount)
    {
        xml.WriteStartElement("Relationships", RelationshipsNamespace);
        for (var i = 0; i < sheetCount; i++)
        {
            Relationship(xml, SheetRelationship(i), OfficeRelationships + "/worksheet", $"worksheets/sheet{(i + 1).ToString(CultureInfo.InvariantCulture)}.xml");
        }

        Relationship(xml, SheetRelationship(sheetCount), OfficeRelationships + "/styles", "styles.xml");
        xml.WriteEndElement();
    }

    private static string SheetRelationship(int index) => "rId" + (index + 1).ToString(CultureInfo.InvariantCulture);

    private static void Relationship(XmlWriter xml, string id, string type, string target)
    {
        xml.WriteStartElement("Relationship", RelationshipsNamespace);
        xml.WriteAttributeString("Id", id);
        xml.WriteAttributeString("Type", type);
        xml.WriteAttributeString("Target", target);
        xml.WriteEndElement();
    }

    private static void Workbook(XmlWriter xml, IReadOnlyList<XlsxSheet> sheets)
    {
        xml.WriteStartElement("workbook", MainNamespace);
        xml.WriteAttributeString("xmlns", "r", null, OfficeRelationships);
        xml.WriteStartElement("sheets", MainNamespace);
        for (var i = 0; i < sheets.Count; i++)
        {
            xml.WriteStartElement("sheet", MainNamespace);
            xml.WriteAttributeString("name", sheets[i].Name);
            xml.WriteAttributeString("sheetId", (i + 1).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("id", OfficeRelationships, SheetRelationship(i));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>Style 0: plain; 1: wrapped, top-aligned; 2: the same in bold (headers).</summary>
    private static void Styles(XmlWriter xml)
    {
        xml.WriteStartElement("styleSheet", MainNamespace);
        xml.WriteStartElement("fonts", MainNamespace);
        xml.WriteAttributeString("count", "2");
        xml.WriteElementString("font", MainNamespace, null);
        xml.WriteStartElement("font", MainNamespace);
        xml.WriteElementString("b", MainNamespace, null);
        xml.WriteEndElement();
        xml.WriteEndElement();

        xml.WriteStartElement("fills", MainNamespace);
        xml.WriteAttributeString("count", "2");
        foreach (var pattern in new[] { "none", "gray125" })
        {
            xml.WriteStartElement("fill", MainNamespace);
            xml.WriteStartElement("patternFill", MainNamespace);
            xml.WriteAttributeString("patternType", pattern);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();

        xml.WriteStartElement("borders", MainNamespace);
        xml.WriteAttributeString("count", "1");
        xml.WriteStartElement("border", MainNamespace);
        foreach (var side in new[] { "left", "right", "top", "bottom", "diagonal" })
        {
            xml.WriteElementString(side, MainNamespace, null);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();

        xml.WriteStartElement("cellXfs", MainNamespace);
        xml.WriteAttributeString("count", "3");
        CellFormat(xml, font: 0, wrapped: false);
        CellFormat(xml, font: 0, wrapped: true);
        CellFormat(xml, font: 1, wrapped: true);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void CellFormat(XmlWriter xml, int font, bool wrapped)
    {
        xml.WriteStartElement("xf", MainNamespace);
        xml.WriteAttributeString("numFmtId", "0");
        xml.WriteAttributeString("fontId", font.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("fillId", "0");
        xml.WriteAttributeString("borderId", "0");
        if (font != 0)
        {
            xml.WriteAttributeString("applyFont", "1");
        }

        if (wrapped)
        {
            xml.WriteAttributeString("applyAlignment", "1");
            xml.WriteStartElement("alignment", MainNamespace);
            xml.WriteAttributeString("vertical", "top");
            xml.WriteAttributeString("wrapText", "1");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }
}
