using System.Diagnostics;
using CjmBot.Cards.Screens;
using CjmBot.Export;
using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Progress;
using CjmBot.Workshops.Questions;
using CjmBot.Workshops.Summary;

namespace CjmBot.Benchmarks;

/// <summary>
/// <c>export</c>: writes a 5,000-answer workshop (2 segments × 6 stages × 7 questions, Russian and English text, 200
/// insights) in every format, in process, as the download endpoint does per request: a fresh snapshot (contributions
/// replayed) and the whole file into memory. Reports per format the median and slowest time, the bytes allocated per
/// file and the file's size; the goal is at most 1 s per file. Also the summary card of the same workshop.
/// </summary>
internal static class ExportScenario
{
    public const string Name = "export";
    public const int Answers = 5_000;
    private const int Insights = 200;
    private const int WarmUp = 3;
    private const int Measured = 15;
    private static readonly TimeSpan Goal = TimeSpan.FromSeconds(1);

    public static async Task RunAsync(ResultsTable results, CancellationToken cancellationToken)
    {
        results.Section(Name, $"A workshop of {Answers:N0} answers and {Insights} insights written in each format, {Measured} times after {WarmUp} warm-up runs (goal: at most {Goal.TotalSeconds:0} s per file).");
        var frame = BenchWorkshop.Frame("wbenchexport1", "19:bench-export@thread.tacv2");
        var progress = new WorkshopProgress { Status = WorkshopStatus.Closed, Position = new Position(1, 5, 5), Reached = new Position(1, 5, 5), Revision = 1, QuestionStartedAt = frame.CreatedAt };
        var contributions = Contributions(frame);
        results.Add(Name, "answers in the workshop", new WorkshopSnapshot(frame, progress, contributions).Answers.Count);

        foreach (var exporter in WorkshopExporters.All)
        {
            long size = 0;
            for (var i = 0; i < WarmUp; i++)
            {
                size = (await WriteAsync(exporter, frame, progress, contributions, cancellationToken).ConfigureAwait(false)).Size;
            }

            var times = new List<TimeSpan>(Measured);
            var allocated = new List<long>(Measured);
            for (var i = 0; i < Measured; i++)
            {
                var run = await WriteAsync(exporter, frame, progress, contributions, cancellationToken).ConfigureAwait(false);
                times.Add(run.Time);
                allocated.Add(run.Allocated);
            }

            var format = exporter.Format.ToString();
            times.Sort();
            allocated.Sort();
            results.Add(Name, $"{format}: file size (KB)", size / 1024.0, "F0");
            results.Add(Name, $"{format}: time median / slowest (ms)", $"{times[Measured / 2].TotalMilliseconds:F0} / {times[^1].TotalMilliseconds:F0}");
            results.Add(Name, $"{format}: allocated per file (MB)", allocated[Measured / 2] / 1024.0 / 1024.0, "F1");
            if (times[Measured / 2] > Goal)
            {
                results.Fail(Name, $"{format} took {times[Measured / 2].TotalMilliseconds:F0} ms (median), over the {Goal.TotalMilliseconds:F0} ms goal.");
            }
        }

        var summaryTimes = new List<TimeSpan>(Measured);
        for (var i = 0; i < WarmUp + Measured; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var workshop = new WorkshopSnapshot(frame, progress, contributions);
            SummaryCard.Create(workshop, WorkshopSummary.Of(workshop, workshop), [], frame.CreatedAt);
            if (i >= WarmUp)
            {
                summaryTimes.Add(Stopwatch.GetElapsedTime(started));
            }
        }

        summaryTimes.Sort();
        results.Add(Name, "summary card with version comparison: time median (ms)", summaryTimes[Measured / 2].TotalMilliseconds, "F0");
    }

    private static async Task<(TimeSpan Time, long Allocated, long Size)> WriteAsync(
        IWorkshopExporter exporter, WorkshopFrame frame, WorkshopProgress progress, List<Contribution> contributions, CancellationToken cancellationToken)
    {
        // Process-wide and precise: the writers may continue on another thread after an await.
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var started = Stopwatch.GetTimestamp();
        using var output = new MemoryStream();
        await exporter.WriteAsync(new WorkshopSnapshot(frame, progress, contributions), output, cancellationToken).ConfigureAwait(false);
        var time = Stopwatch.GetElapsedTime(started);
        return (time, GC.GetTotalAllocatedBytes(precise: true) - before, output.Length);
    }

    internal static List<Contribution> Contributions(WorkshopFrame frame)
    {
        var contributions = new List<Contribution>(Answers + Insights);
        var questions = frame.Questions;
        var at = frame.CreatedAt;
        for (var i = 0; i < Answers; i++)
        {
            var segment = frame.Segments[i % 2].Id;
            var stage = i / 2 % frame.Stages.Count;
            var question = questions[i / 2 / frame.Stages.Count % questions.Count];
            at = at.AddSeconds(1);
            contributions.Add(new Contribution
            {
                Id = $"c-{i:D5}",
                WorkshopId = frame.Id,
                Kind = ContributionKind.Answer,
                Author = new Participant($"29:bench-person-{i % 50}", i % 2 == 0 ? $"Участник {i % 50}" : $"Person {i % 50}"),
                At = at,
                SegmentId = segment,
                StageIndex = stage,
                Question = question,
                Text = i % 2 == 0
                    ? $"Ответ {i + 1}: клиент сравнивает цены на маркетплейсах и не понимает, сколько стоит доставка в его регион"
                    : $"Answer {i + 1}: the customer compares prices on marketplaces and cannot tell what delivery costs",
                Score = question == QuestionKey.Emotions ? (i % 5) - 2 : null,
                Source = i % 7 == 0 ? EvidenceSource.SupportTickets : null,
            });
        }

        for (var i = 0; i < Insights; i++)
        {
            at = at.AddSeconds(1);
            contributions.Add(new Contribution
            {
                Id = $"i-{i:D3}", WorkshopId = frame.Id, Kind = ContributionKind.Insight, Author = new Participant("29:bench-person-1", "Person 1"),
                At = at, SegmentId = frame.Segments[i % 2].Id, StageIndex = i % frame.Stages.Count, Text = $"Инсайт {i + 1}: доставка пугает",
            });
        }

        return contributions;
    }
}
