using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;

namespace CjmBot.Benchmarks;

/// <summary>How the answers a workshop holds compare with the answers that were sent, matched by their text.</summary>
internal sealed record AnswerCount(int Recorded, int Lost, int Duplicated)
{
    public static AnswerCount Of(WorkshopSnapshot? workshop, IReadOnlySet<string> expectedTexts)
    {
        var texts = (workshop?.Contributions ?? [])
            .Where(contribution => contribution.Kind == ContributionKind.Answer)
            .Select(contribution => contribution.Text ?? "")
            .ToList();
        var found = texts.CountBy(text => text, StringComparer.Ordinal).ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        return new AnswerCount(
            Recorded: texts.Count,
            Lost: expectedTexts.Count(text => !found.ContainsKey(text)),
            Duplicated: found.Values.Sum(times => times - 1));
    }
}
