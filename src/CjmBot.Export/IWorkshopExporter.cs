using CjmBot.Workshops;

namespace CjmBot.Export;

/// <summary>Writes a whole workshop as one file, in the workshop's language.</summary>
public interface IWorkshopExporter
{
    ExportFormat Format { get; }

    /// <summary>The MIME type to send the file with.</summary>
    string ContentType { get; }

    /// <summary>With the leading dot, e.g. <c>.csv</c>.</summary>
    string FileExtension { get; }

    Task WriteAsync(WorkshopSnapshot workshop, Stream output, CancellationToken cancellationToken);
}
