using System.Globalization;
using System.Text;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Questions;

namespace CjmBot.Workshops.Summary;

/// <summary>
/// A point people made, with how many answers made it: answers that say the same thing (ignoring case, spacing and
/// closing punctuation) count as mentions of one point, shown in the words of the first.
/// </summary>
public sealed record Mention(string Text, int Count, IReadOnlyList<int> Stages);

/// <summary>Groups answers into <see cref="Mention"/>s.</summary>
public static class Mentions
{
    /// <summary>The points of one lane of one segment named most often (ties: the earlier point first).</summary>
    public static IReadOnlyList<Mention> Top(IReadOnlyList<Answer> answers, string segmentId, QuestionKey question, int count) =>
        Of(answers.Where(answer => answer.SegmentId == segmentId && answer.Question == question))
            .OrderByDescending(mention => mention.Count)
            .Take(count)
            .ToList();

    /// <summary>Every distinct point among <paramref name="answers"/>, in order of first mention.</summary>
    public static IReadOnlyList<Mention> Of(IEnumerable<Answer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var groups = new Dictionary<string, (string Text, int Count, SortedSet<int> Stages)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var answer in answers.OrderBy(answer => answer.At).ThenBy(answer => answer.Id, StringComparer.Ordinal))
        {
            var key = Normalize(answer.Text);
            if (key.Length == 0)
            {
                continue;
            }

            if (!groups.TryGetValue(key, out var group))
            {
                group = (answer.Text.Trim(), 0, []);
                order.Add(key);
            }

            group.Stages.Add(answer.StageIndex);
            groups[key] = (group.Text, group.Count + 1, group.Stages);
        }

        return order.Select(key => new Mention(groups[key].Text, groups[key].Count, [.. groups[key].Stages])).ToList();
    }

    /// <summary>The form two answers share when they say the same thing.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim().TrimEnd('.', '!', '?', ';', ',', '…'))
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(char.ToLower(c, CultureInfo.InvariantCulture));
        }

        return builder.ToString().Replace('ё', 'е');
    }
}
