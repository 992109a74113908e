using System.Diagnostics;
using CjmBot.Bot.Exports;
using CjmBot.Workshops;
using CjmBot.Workshops.Progress;
using Microsoft.Extensions.DependencyInjection;

namespace CjmBot.Benchmarks;

/// <summary>
/// <c>export-memory</c>: the 5,000-answer workshop of <c>export</c> (+200 insights) stored in Azurite, then 80 XLSX downloads
/// of it requested at once over HTTP through the signed link, as 80 people pressing the button together. Reports the
/// process's peak working set and managed heap while they run (sampled every 10 ms; the process is the bot host plus
/// the 80 readers, which discard what they read), the failures (goal: none, and at most 300 MB in all) and how long
/// the downloads took (the host writes <c>Exports:MaxConcurrentDownloads</c> files at a time, the others wait their turn).
/// </summary>
internal static class ExportMemoryScenario
{
    public const string Name = "export-memory";
    private const int Downloads = 80;
    private const long GoalBytes = 300L * 1024 * 1024;

    public static async Task RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var results = context.Results;
        results.Section(Name, $"{Downloads} concurrent XLSX downloads of a {ExportScenario.Answers:N0}-answer workshop stored in Azurite (goal: no failure, peak at most {GoalBytes / 1048576} MB).");
        var repository = context.Bot.Services.GetRequiredService<IWorkshopRepository>();
        var frame = BenchWorkshop.Frame("wbenchxlsx" + context.RunId[^6..], $"19:bench-xlsx-{context.RunId}@thread.tacv2");
        var progress = new WorkshopProgress { Status = WorkshopStatus.Closed, Position = new Position(1, 5, 5), Reached = new Position(1, 5, 5), Revision = 1, QuestionStartedAt = frame.CreatedAt };
        await repository.CreateAsync(frame, progress, cancellationToken).ConfigureAwait(false);
        var contributions = ExportScenario.Contributions(frame);
        var storing = Stopwatch.StartNew();
        await Parallel.ForEachAsync(contributions, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
            async (contribution, token) => await repository.AddContributionAsync(contribution, token).ConfigureAwait(false)).ConfigureAwait(false);
        var stored = (await repository.LoadAsync(frame.Id, cancellationToken).ConfigureAwait(false))?.Contributions.Count ?? 0;
        results.Add(Name, "contributions stored (answers + insights)", stored);
        results.Add(Name, "storing them in Azurite (s)", storing.Elapsed.TotalSeconds, "F1");

        var links = context.Bot.Services.GetRequiredService<ExportLinks>();
        var link = links.Create(new ExportLink(frame.Id, "xlsx", Language.Ru, DateTimeOffset.UtcNow.AddHours(1)));
        var url = new Uri(new Uri(context.Bot.MessagesUri, "/"), link.PathAndQuery);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Downloads + 10 }) { Timeout = TimeSpan.FromMinutes(2) };

        var before = Memory.Now(collect: true);
        using var sampling = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var peak = before;
        var sampler = Task.Run(async () =>
        {
            using var process = Process.GetCurrentProcess();
            while (!sampling.IsCancellationRequested)
            {
                process.Refresh();
                peak = new Memory(Math.Max(peak.WorkingSet, process.WorkingSet64), Math.Max(peak.Heap, GC.GetTotalMemory(forceFullCollection: false)));
                try
                {
                    await Task.Delay(10, sampling.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }, CancellationToken.None);

        var started = Stopwatch.GetTimestamp();
        var downloads = await Task.WhenAll(Enumerable.Range(0, Downloads).Select(_ => DownloadAsync(http, url, started, cancellationToken))).ConfigureAwait(false);
        var total = Stopwatch.GetElapsedTime(started);
        await sampling.CancelAsync().ConfigureAwait(false);
        await sampler.ConfigureAwait(false);

        var failures = downloads.Where(d => d.Status != 200 || d.Bytes == 0).ToList();
        var sizes = downloads.Where(d => d.Status == 200).Select(d => d.Bytes).Distinct().ToList();
        var times = downloads.Select(d => d.Time).Order().ToArray();
        results.Add(Name, "downloads ok / failed", $"{Downloads - failures.Count} / {failures.Count}");
        results.Add(Name, "file size (KB)", sizes.Count == 1 ? (sizes[0] / 1024.0).ToString("F0", System.Globalization.CultureInfo.InvariantCulture) : string.Join(", ", sizes));
        results.Add(Name, "working set / GC heap before (MB)", before.ToString());
        results.Add(Name, "peak working set / GC heap during the downloads (MB)", peak.ToString());
        results.Add(Name, "first / median / last download done (s)", $"{times[0].TotalSeconds:F2} / {times[Downloads / 2].TotalSeconds:F2} / {times[^1].TotalSeconds:F2}");
        results.Add(Name, "all 80 done (s)", total.TotalSeconds, "F2");
        if (failures.Count > 0)
        {
            results.Fail(Name, $"{failures.Count} downloads failed, first: HTTP {failures[0].Status}");
        }

        if (sizes.Count > 1)
        {
            results.Fail(Name, $"the downloads differ in size: {string.Join(", ", sizes)} bytes");
        }

        if (peak.WorkingSet > GoalBytes)
        {
            Console.WriteLine($"  note: peak working set {peak.WorkingSet / 1048576} MB, over the {GoalBytes / 1048576} MB goal");
        }
    }

    private static async Task<(int Status, long Bytes, TimeSpan Time)> DownloadAsync(HttpClient http, Uri url, long started, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            var buffer = new byte[16 * 1024];
            long bytes = 0;
            while (await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false) is var read and > 0)
            {
                bytes += read;
            }

            return ((int)response.StatusCode, bytes, Stopwatch.GetElapsedTime(started));
        }
        catch (HttpRequestException)
        {
            return (0, 0, Stopwatch.GetElapsedTime(started));
        }
    }
}
