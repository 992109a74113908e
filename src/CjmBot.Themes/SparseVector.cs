namespace CjmBot.Themes;

/// <summary>A unit-length vector over feature indexes, kept sorted so that a dot product is one merge walk.</summary>
internal sealed class SparseVector
{
    private readonly int[] _indexes;
    private readonly double[] _values;

    private SparseVector(int[] indexes, double[] values)
    {
        _indexes = indexes;
        _values = values;
    }

    public bool IsEmpty => _indexes.Length == 0;

    public static SparseVector Normalised(IEnumerable<(int Index, double Value)> entries)
    {
        var sorted = entries.OrderBy(entry => entry.Index).ToArray();
        var length = Math.Sqrt(sorted.Sum(entry => entry.Value * entry.Value));
        return length == 0
            ? new SparseVector([], [])
            : new SparseVector(sorted.Select(entry => entry.Index).ToArray(), sorted.Select(entry => entry.Value / length).ToArray());
    }

    public static double Cosine(SparseVector a, SparseVector b)
    {
        double sum = 0;
        int i = 0, j = 0;
        while (i < a._indexes.Length && j < b._indexes.Length)
        {
            var difference = a._indexes[i] - b._indexes[j];
            if (difference == 0)
            {
                sum += a._values[i++] * b._values[j++];
            }
            else if (difference < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }
}
