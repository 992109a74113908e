namespace CjmBot.Export;

/// <summary>The file formats a workshop can be exported to.</summary>
public enum ExportFormat
{
    Markdown,
    Csv,
    Xlsx,
    Html,
}
