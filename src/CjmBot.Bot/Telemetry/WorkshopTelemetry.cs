using System.Diagnostics.Metrics;
using CjmBot.Workshops.Contributions;

namespace CjmBot.Bot.Telemetry;

/// <summary>The workshop metrics, defined once; meters from the container's <see cref="IMeterFactory"/> (see ProtocolTelemetry).</summary>
public sealed class WorkshopTelemetry
{
    public const string Name = "CjmBot.Bot";
    public const string KindTag = "cjmbot.contribution.kind";

    public WorkshopTelemetry(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(Name);
        ContributionsRecorded = meter.CreateCounter<long>(
            "cjmbot.contributions.recorded", "{contribution}", "Answers, insights, edits and deletions written to storage (redeliveries excluded), by kind.");
    }

    public Counter<long> ContributionsRecorded { get; }

    public void Recorded(ContributionKind kind)
    {
        if (ContributionsRecorded.Enabled)
        {
            ContributionsRecorded.Add(1, new KeyValuePair<string, object?>(KindTag, TagValue(kind)));
        }
    }

    /// <summary>Fixed strings, so that a measurement allocates nothing.</summary>
    internal static string TagValue(ContributionKind kind) => kind switch
    {
        ContributionKind.Answer => "answer",
        ContributionKind.Edit => "edit",
        ContributionKind.Deletion => "deletion",
        ContributionKind.Insight => "insight",
        _ => "other",
    };
}
