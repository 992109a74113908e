using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using CjmBot.Export.MapPage;
using CjmBot.Workshops;
using CjmBot.Workshops.Progress;

namespace CjmBot.Benchmarks;

/// <summary>
/// <c>map-page</c>: the live full map page of the map card's big workshop (6 stages × 7 questions with KPI × 40 answers,
/// Russian and English text), rendered in process as the page endpoint does: its weight in bytes of HTML (UTF-8, and
/// gzip as a compressing proxy would send it), the share the script and style add, and the render time.
/// </summary>
internal static class MapPageWeightScenario
{
    public const string Name = "map-page";
    private const int WarmUp = 20;
    private const int Measured = 100;

    public static void Run(ResultsTable results)
    {
        results.Section(Name, $"The full map page of 6 stages × 7 questions (KPI on) × 40 answers, rendered {Measured} times after {WarmUp} warm-up renders.");
        var frame = BenchWorkshop.Frame("wbenchpage001", "19:bench-page@thread.tacv2");
        var progress = new WorkshopProgress { Status = WorkshopStatus.Running, Position = new Position(0, 3, 2), Reached = new Position(0, 3, 2), Revision = 1, QuestionStartedAt = frame.CreatedAt };
        var contributions = MapCardScenario.Contributions(frame);
        var served = new CjmBot.Web.MapPage.MapAssets();
        var assets = served.Urls;
        var html = "";
        for (var i = 0; i < WarmUp; i++)
        {
            html = Render(frame, progress, contributions, assets);
        }

        var times = new List<TimeSpan>(Measured);
        for (var i = 0; i < Measured; i++)
        {
            var started = Stopwatch.GetTimestamp();
            html = Render(frame, progress, contributions, assets);
            times.Add(Stopwatch.GetElapsedTime(started));
        }

        var bytes = Encoding.UTF8.GetBytes(html);
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        results.Add(Name, "answers on the page", CountOf(html, "<span class=\"text\">"));
        results.Add(Name, "answers in the workshop", contributions.Count);
        results.Add(Name, "page HTML, UTF-8 (KB)", bytes.Length / 1024.0, "F1");
        results.Add(Name, "page HTML, gzip (KB)", compressed.Length / 1024.0, "F1");
        results.Add(Name, "map.css + map.js, fetched once and cached (KB)", (served.Find("map.css")!.Content.Length + served.Find("map.js")!.Content.Length) / 1024.0, "F1");
        results.AddLatency(Name, "render time (snapshot, page, document)", LatencySummary.Of(times));
        if (CountOf(html, "<span class=\"text\">") != contributions.Count)
        {
            results.Fail(Name, "the page does not show every answer");
        }
    }

    private static string Render(CjmBot.Workshops.Frame.WorkshopFrame frame, WorkshopProgress progress, List<CjmBot.Workshops.Contributions.Contribution> contributions, MapPageAssets assets) =>
        MapPageDocument.Map(MapPageRenderer.Render(new WorkshopSnapshot(frame, progress, contributions), frame.Language), assets, "/map/wbenchpage001/events?lang=ru&exp=1&sig=x", frame.CreatedAt);

    private static int CountOf(string text, string what)
    {
        var count = 0;
        for (var at = text.IndexOf(what, StringComparison.Ordinal); at >= 0; at = text.IndexOf(what, at + what.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
