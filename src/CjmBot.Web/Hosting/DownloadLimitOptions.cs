using System.ComponentModel.DataAnnotations;

namespace CjmBot.Web.Hosting;

/// <summary>
/// Configuration section <c>Exports</c> (the host's half; the links' half is <see cref="Bot.Exports.ExportOptions"/>):
/// how many export files are written at once, and how many requests may wait for a turn before the rest get 503.
/// Written files stream to the client, so memory grows with the downloads running, not with those waiting.
/// </summary>
public sealed class DownloadLimitOptions
{
    public const string SectionName = "Exports";

    [Range(1, 64, ErrorMessage = "Exports:MaxConcurrentDownloads must be between 1 and 64.")]
    public int MaxConcurrentDownloads { get; set; } = 4;

    [Range(0, 10_000, ErrorMessage = "Exports:MaxQueuedDownloads must be between 0 and 10000.")]
    public int MaxQueuedDownloads { get; set; } = 200;
}
