namespace CjmBot.Themes;

/// <summary>Optimal string alignment distance (insertions, deletions, substitutions and swaps of neighbours).</summary>
internal static class EditDistance
{
    /// <summary>The distance, or <paramref name="limit"/> + 1 when it is larger than the limit.</summary>
    public static int Within(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var previousRow = new int[b.Length + 1];
        var row = new int[b.Length + 1];
        var beforeRow = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previousRow[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            row[0] = i;
            var rowMinimum = row[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previousRow[j] + 1, row[j - 1] + 1), previousRow[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, beforeRow[j - 2] + 1);
                }

                row[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > limit)
            {
                return limit + 1;
            }

            (beforeRow, previousRow, row) = (previousRow, row, beforeRow);
        }

        return Math.Min(previousRow[b.Length], limit + 1);
    }
}
