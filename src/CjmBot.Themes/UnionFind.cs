namespace CjmBot.Themes;

/// <summary>Disjoint sets of indexes; a set is named by its lowest member, so results do not depend on join order.</summary>
internal sealed class UnionFind
{
    private readonly int[] _parent;

    public UnionFind(int count) => _parent = Enumerable.Range(0, count).ToArray();

    public int Find(int index)
    {
        while (_parent[index] != index)
        {
            _parent[index] = _parent[_parent[index]];
            index = _parent[index];
        }

        return index;
    }

    public void Join(int a, int b)
    {
        var (rootA, rootB) = (Find(a), Find(b));
        if (rootA != rootB)
        {
            _parent[Math.Max(rootA, rootB)] = Math.Min(rootA, rootB);
        }
    }
}
