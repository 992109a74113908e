using System.Globalization;
using System.Text;
using CjmBot.Export;
using CjmBot.Testing;
using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Progress;
using CjmBot.Workshops.Questions;

namespace CjmBot.UnitTests.Export;

/// <summary>Fixed workshops for the export tests, and helpers that run an exporter into memory.</summary>
internal static class ExportSamples
{
    public static readonly string[] PeopleNames = ["Anna Petrova", "Борис Иванов", "Chen Wei"];

    /// <summary>The sample workshop plus an answer and an insight in the second segment and an insight for the whole map.</summary>
    public static WorkshopSnapshot Workshop(Language language, bool anonymous)
    {
        var sample = SampleWorkshops.Snapshot(language, anonymous, answersPerQuestion: 2, stages: 2);
        var chen = new Participant("29:1chen-support", "Chen Wei");
        var at = SampleWorkshops.Start.AddHours(1);
        var extra = new[]
        {
            new Contribution
            {
                Id = "c-s2-emotions", WorkshopId = sample.Frame.Id, Kind = ContributionKind.Answer, Author = chen, At = at,
                SegmentId = "s2", StageIndex = 1, Question = QuestionKey.Emotions, Score = 2, Source = EvidenceSource.Interview,
                Text = language == Language.Ru ? "Рад, что есть SSO" : "Relieved that SSO exists",
            },
            new Contribution
            {
                Id = "i-s2", WorkshopId = sample.Frame.Id, Kind = ContributionKind.Insight, Author = chen, At = at.AddMinutes(1),
                SegmentId = "s2", Text = language == Language.Ru ? "Безопасность важнее цены" : "Security beats price",
            },
            new Contribution
            {
                Id = "i-general", WorkshopId = sample.Frame.Id, Kind = ContributionKind.Insight, Author = chen, At = at.AddMinutes(2),
                Text = language == Language.Ru ? "Нужна карта будущего состояния" : "We need a future-state map next",
            },
        };
        return new WorkshopSnapshot(sample.Frame, sample.Progress, [.. sample.Contributions, .. extra]);
    }

    /// <summary>A workshop whose only answer has the given text (first segment, first stage).</summary>
    public static WorkshopSnapshot WithAnswer(
        string text, QuestionKey question = QuestionKey.Goal, int? score = null, bool anonymous = false, bool inPersonalChat = false)
    {
        var frame = SampleWorkshops.Frame(Language.En, anonymous);
        var answer = new Contribution
        {
            Id = "c-only", WorkshopId = frame.Id, Kind = ContributionKind.Answer, Author = new Participant("29:1anna-facilitator", "Anna Petrova"),
            At = SampleWorkshops.Start.AddMinutes(1), SegmentId = "s1", StageIndex = 0, Question = question, Text = text, Score = score,
            IsAsync = inPersonalChat,
        };
        return new WorkshopSnapshot(frame, SampleWorkshops.Progress(Position.Start), [answer]);
    }

    /// <summary>A workshop with the given frame changes and no answers.</summary>
    public static WorkshopSnapshot WithFrame(Func<WorkshopFrame, WorkshopFrame> change) =>
        new(change(SampleWorkshops.Frame(Language.En)), SampleWorkshops.Progress(Position.Start), []);

    /// <summary>
    /// <paramref name="count"/> answers spread over 2 segments × 6 stages × 6 questions by 50 people, each text numbered
    /// (<c>Answer #17</c>) so a test can find every one; emotion answers carry a score.
    /// </summary>
    public static WorkshopSnapshot Large(int count, bool anonymous = false)
    {
        var frame = SampleWorkshops.Frame(Language.Ru, anonymous, kpi: false, stages: 6);
        var questions = frame.Questions;
        var contributions = new List<Contribution>(count);
        for (var i = 0; i < count; i++)
        {
            var question = questions[i % questions.Count];
            var n = i.ToString(CultureInfo.InvariantCulture);
            contributions.Add(new Contribution
            {
                Id = "c-" + n, WorkshopId = frame.Id, Kind = ContributionKind.Answer,
                Author = new Participant("29:1p" + (i % 50).ToString(CultureInfo.InvariantCulture), "Участник " + (i % 50).ToString(CultureInfo.InvariantCulture)),
                At = SampleWorkshops.Start.AddSeconds(i),
                SegmentId = i % 2 == 0 ? "s1" : "s2",
                StageIndex = i / questions.Count % 6,
                Question = question,
                Text = $"Answer #{n}: клиент, \"цена\" | *важна*\nвторая строка",
                Score = question == QuestionKey.Emotions ? (i % 5) - 2 : null,
                Source = i % 3 == 0 ? EvidenceSource.Reviews : null,
            });
        }

        return new WorkshopSnapshot(frame, SampleWorkshops.Progress(Position.Start), contributions);
    }

    public static async Task<byte[]> BytesAsync(ExportFormat format, WorkshopSnapshot workshop)
    {
        using var output = new MemoryStream();
        await WorkshopExporters.For(format).WriteAsync(workshop, output, CancellationToken.None);
        return output.ToArray();
    }

    /// <summary>The file as text, without a byte order mark.</summary>
    public static async Task<string> TextAsync(ExportFormat format, WorkshopSnapshot workshop)
    {
        var bytes = await BytesAsync(format, workshop);
        var skip = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, skip, bytes.Length - skip);
    }
}
