using CjmBot.Export.Csv;
using CjmBot.Export.Html;
using CjmBot.Export.Markdown;
using CjmBot.Export.Xlsx;

namespace CjmBot.Export;

/// <summary>Every exporter, one per format. They hold no state, so one instance of each serves everyone.</summary>
public static class WorkshopExporters
{
    public static IReadOnlyList<IWorkshopExporter> All { get; } =
        [new MarkdownExporter(), new CsvExporter(), new XlsxExporter(), new HtmlExporter()];

    public static IWorkshopExporter For(ExportFormat format) =>
        All.FirstOrDefault(exporter => exporter.Format == format)
        ?? throw new ArgumentOutOfRangeException(nameof(format), format, "No exporter for this format.");
}
