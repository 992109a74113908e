namespace CjmBot.Themes;

/// <summary>An answer to group: its id (the caller's) and its text.</summary>
public sealed record ThemeAnswer(string Id, string Text);

/// <summary>A proposed theme: a short label taken from its answers' own words, and the answers it holds (in input order).</summary>
public sealed record ProposedTheme(string Label, IReadOnlyList<string> AnswerIds)
{
    public int Count => AnswerIds.Count;
}

/// <summary>
/// Proposes themes for a lane's answers, on this machine, with no model: answers become TF-IDF vectors of their
/// <see cref="AnswerFeatures"/> (lexicon concepts weighted above plain stems), grouped by average-linkage agglomerative
/// clustering on cosine similarity (nearest-neighbour chain, O(n²)), cut where groups are less alike than
/// <see cref="SimilarityCut"/>. The same answers in the same order always give the same themes.
/// </summary>
public sealed class ThemeProposer
{
    /// <summary>Below this average similarity two groups stay apart (tuned on the labelled corpus in the tests).</summary>
    public const double SimilarityCut = 0.2;

    /// <summary>How much more a lexicon concept weighs than a word only the answers share.</summary>
    private const double ConceptWeight = 2.0;

    /// <summary>The themes, largest first (ties: the one whose first answer came first); an answer with no content word stands alone.</summary>
    public IReadOnlyList<ProposedTheme> Propose(IReadOnlyList<ThemeAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var space = FeatureSpace.Of(answers);
        var groups = Cluster(space.Vectors);
        return groups
            .Select(members => new ProposedTheme(space.Label(members), members.Select(index => answers[index].Id).ToList()))
            .Select((theme, order) => (theme, order))
            .OrderByDescending(pair => pair.theme.Count)
            .ThenBy(pair => pair.order)
            .Select(pair => pair.theme)
            .ToList();
    }

    /// <summary>
    /// The theme a new answer belongs to among <paramref name="themes"/> (each with the texts of its answers): the one whose
    /// answers it is most alike on average, if that reaches <see cref="SimilarityCut"/>; otherwise null.
    /// </summary>
    public int? Suggest(IReadOnlyList<IReadOnlyList<string>> themes, string text)
    {
        ArgumentNullException.ThrowIfNull(themes);
        var answers = themes.SelectMany(texts => texts).Append(text).Select((answer, index) => new ThemeAnswer(index.ToString(System.Globalization.CultureInfo.InvariantCulture), answer)).ToList();
        var space = FeatureSpace.Of(answers);
        var candidate = space.Vectors[^1];
        int? best = null;
        var bestSimilarity = SimilarityCut;
        var start = 0;
        for (var theme = 0; theme < themes.Count; theme++)
        {
            var count = themes[theme].Count;
            if (count > 0)
            {
                var average = Enumerable.Range(start, count).Average(index => SparseVector.Cosine(candidate, space.Vectors[index]));
                if (average >= bestSimilarity)
                {
                    (best, bestSimilarity) = (theme, average);
                }
            }

            start += count;
        }

        return best;
    }

    /// <summary>
    /// <see cref="Suggest"/> for many new answers at once, in one feature space (the themes' answers and every new one), so
    /// a lane's suggestions cost one pass however many answers arrived since the themes were accepted. One entry per text.
    /// </summary>
    public IReadOnlyList<int?> SuggestAll(IReadOnlyList<IReadOnlyList<string>> themes, IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(themes);
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count == 0)
        {
            return [];
        }

        var answers = themes.SelectMany(members => members).Concat(texts)
            .Select((answer, index) => new ThemeAnswer(index.ToString(System.Globalization.CultureInfo.InvariantCulture), answer)).ToList();
        var space = FeatureSpace.Of(answers);
        var first = answers.Count - texts.Count;
        var suggestions = new int?[texts.Count];
        for (var candidate = 0; candidate < texts.Count; candidate++)
        {
            var vector = space.Vectors[first + candidate];
            var bestSimilarity = SimilarityCut;
            var start = 0;
            for (var theme = 0; theme < themes.Count; theme++)
            {
                var count = themes[theme].Count;
                if (count > 0 && !vector.IsEmpty)
                {
                    var average = Enumerable.Range(start, count).Average(index => SparseVector.Cosine(vector, space.Vectors[index]));
                    if (average >= bestSimilarity)
                    {
                        (suggestions[candidate], bestSimilarity) = (theme, average);
                    }
                }

                start += count;
            }
        }

        return suggestions;
    }

    /// <summary>Groups of vector indexes, each in ascending order, groups ordered by their first index.</summary>
    private static List<List<int>> Cluster(IReadOnlyList<SparseVector> vectors)
    {
        var count = vectors.Count;
        var union = new UnionFind(count);
        var clusterable = Enumerable.Range(0, count).Where(index => !vectors[index].IsEmpty).ToList();
        foreach (var (a, b, similarity) in AverageLinkage(vectors, clusterable))
        {
            if (similarity >= SimilarityCut)
            {
                union.Join(a, b);
            }
        }

        return Enumerable.Range(0, count).GroupBy(union.Find).Select(group => group.ToList()).OrderBy(group => group[0]).ToList();
    }

    /// <summary>
    /// Every merge of the average-linkage hierarchy, by the nearest-neighbour chain: follow each cluster's most similar
    /// neighbour until two are each other's, merge them, go on. Average linkage is reducible, so the merges above any cut
    /// are exactly the groups of that cut. Ties go to the lower index, which keeps the result deterministic.
    /// </summary>
    private static List<(int A, int B, double Similarity)> AverageLinkage(IReadOnlyList<SparseVector> vectors, List<int> members)
    {
        var n = members.Count;
        var merges = new List<(int, int, double)>(Math.Max(0, n - 1));
        if (n < 2)
        {
            return merges;
        }

        var similarity = new float[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var value = (float)SparseVector.Cosine(vectors[members[i]], vectors[members[j]]);
                similarity[(i * n) + j] = value;
                similarity[(j * n) + i] = value;
            }
        }

        var size = Enumerable.Repeat(1, n).ToArray();
        var active = Enumerable.Repeat(true, n).ToArray();
        var remaining = n;
        var chain = new List<int>(n);
        var next = 0;
        while (remaining > 1)
        {
            if (chain.Count == 0)
            {
                while (!active[next])
                {
                    next++;
                }

                chain.Add(next);
            }

            var top = chain[^1];
            var previous = chain.Count > 1 ? chain[^2] : -1;
            var nearest = -1;
            var best = float.NegativeInfinity;
            for (var other = 0; other < n; other++)
            {
                if (other == top || !active[other])
                {
                    continue;
                }

                var value = similarity[(top * n) + other];
                if (value > best || (value == best && other == previous))
                {
                    (nearest, best) = (other, value);
                }
            }

            if (nearest != previous)
            {
                chain.Add(nearest);
                continue;
            }

            chain.RemoveRange(chain.Count - 2, 2);
            var (kept, gone) = top < nearest ? (top, nearest) : (nearest, top);
            merges.Add((members[kept], members[gone], best));
            for (var other = 0; other < n; other++)
            {
                if (active[other] && other != kept && other != gone)
                {
                    var merged = ((size[kept] * similarity[(kept * n) + other]) + (size[gone] * similarity[(gone * n) + other])) / (size[kept] + size[gone]);
                    similarity[(kept * n) + other] = merged;
                    similarity[(other * n) + kept] = merged;
                }
            }

            size[kept] += size[gone];
            active[gone] = false;
            remaining--;
        }

        return merges;
    }

    /// <summary>The answers' vectors, and what is needed to name a group of them.</summary>
    private sealed class FeatureSpace
    {
        private readonly List<List<(string Feature, string Word)>> _features;
        private readonly Dictionary<string, double> _weights;

        private FeatureSpace(List<List<(string, string)>> features, Dictionary<string, double> weights, List<SparseVector> vectors)
        {
            _features = features;
            _weights = weights;
            Vectors = vectors;
        }

        public List<SparseVector> Vectors { get; }

        public static FeatureSpace Of(IReadOnlyList<ThemeAnswer> answers)
        {
            var analyser = new AnswerFeatures();
            var features = answers.Select(answer => analyser.Of(answer.Text ?? string.Empty)).ToList();
            var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var feature in features.SelectMany(list => list.Select(pair => pair.Feature).Distinct(StringComparer.Ordinal)))
            {
                documentFrequency[feature] = documentFrequency.GetValueOrDefault(feature) + 1;
            }

            var total = answers.Count;
            var weights = documentFrequency.ToDictionary(
                pair => pair.Key,
                pair => (Math.Log((total + 1.0) / (pair.Value + 1.0)) + 1.0) * (AnswerFeatures.IsConcept(pair.Key) ? ConceptWeight : 1.0),
                StringComparer.Ordinal);
            var index = documentFrequency.Keys.Order(StringComparer.Ordinal).Select((feature, position) => (feature, position))
                .ToDictionary(pair => pair.feature, pair => pair.position, StringComparer.Ordinal);
            var vectors = features
                .Select(list => SparseVector.Normalised(list
                    .GroupBy(pair => pair.Feature, StringComparer.Ordinal)
                    .Select(group => (index[group.Key], group.Count() * weights[group.Key]))))
                .ToList();
            return new FeatureSpace(features, weights, vectors);
        }

        /// <summary>The word its answers use most for the feature that weighs most in them; an answer's first words when it has none.</summary>
        public string Label(List<int> members)
        {
            var occurrences = members.SelectMany(member => _features[member].DistinctBy(pair => pair.Feature)).ToList();
            if (occurrences.Count == 0)
            {
                return "—";
            }

            var top = occurrences
                .GroupBy(pair => pair.Feature, StringComparer.Ordinal)
                .Select(group => (Feature: group.Key, Weight: group.Count() * _weights[group.Key]))
                .OrderByDescending(pair => pair.Weight)
                .ThenBy(pair => pair.Feature, StringComparer.Ordinal)
                .First().Feature;
            var word = occurrences.Where(pair => pair.Feature == top)
                .GroupBy(pair => pair.Word, StringComparer.Ordinal)
                .OrderByDescending(group => group.Count())
                .ThenBy(group => group.Key.Length)
                .ThenBy(group => group.Key, StringComparer.Ordinal)
                .First().Key;
            return char.ToUpperInvariant(word[0]) + word[1..];
        }
    }
}
