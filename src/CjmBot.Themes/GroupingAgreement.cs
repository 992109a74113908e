namespace CjmBot.Themes;

/// <summary>How well a grouping agrees with labels given by hand: the adjusted Rand index (Hubert and Arabie) and purity.</summary>
public static class GroupingAgreement
{
    /// <summary>1 for the same grouping, about 0 for a random one (can be negative).</summary>
    public static double AdjustedRandIndex(IReadOnlyList<string> labels, IReadOnlyList<int> groups)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(groups);
        if (labels.Count != groups.Count)
        {
            throw new ArgumentException("One group per label.", nameof(groups));
        }

        static double Pairs(long count) => count * (count - 1) / 2.0;
        var cells = labels.Zip(groups).GroupBy(pair => pair).Sum(cell => Pairs(cell.LongCount()));
        var byLabel = labels.GroupBy(label => label, StringComparer.Ordinal).Sum(group => Pairs(group.LongCount()));
        var byGroup = groups.GroupBy(group => group).Sum(group => Pairs(group.LongCount()));
        var expected = byLabel * byGroup / Pairs(labels.Count);
        var maximum = (byLabel + byGroup) / 2;
        return maximum == expected ? 1.0 : (cells - expected) / (maximum - expected);
    }

    /// <summary>The share of answers whose group's most common label is their own.</summary>
    public static double Purity(IReadOnlyList<string> labels, IReadOnlyList<int> groups)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(groups);
        var agreeing = labels.Zip(groups)
            .GroupBy(pair => pair.Second)
            .Sum(group => group.GroupBy(pair => pair.First, StringComparer.Ordinal).Max(byLabel => byLabel.Count()));
        return labels.Count == 0 ? 1.0 : (double)agreeing / labels.Count;
    }
}
