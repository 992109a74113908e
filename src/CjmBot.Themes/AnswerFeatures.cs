using System.Globalization;
using System.Text;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace CjmBot.Themes;

/// <summary>
/// What an answer is about, as features: each word lower-cased (ё as е), stop words dropped, stemmed by the Snowball
/// stemmer of its script (Cyrillic Russian, Latin English, so one answer may mix both), then mapped to its concept in
/// <see cref="ThemeLexicon"/> where it has one; a misspelt word within one or two edits of a lexicon word counts as it.
/// Not thread-safe (the stemmers keep state): one instance per proposal.
/// </summary>
internal sealed class AnswerFeatures
{
    private const string ConceptPrefix = "@";

    private static readonly CharArraySet EnglishStopWords = EnglishAnalyzer.DefaultStopSet;
    private static readonly CharArraySet RussianStopWords = RussianAnalyzer.DefaultStopSet;

    /// <summary>Words that occur in answers of every theme and say nothing of any.</summary>
    private static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "too", "very", "can", "cannot", "t", "s", "don", "doesn", "isn", "aren", "won", "we", "our", "us", "you", "your",
        "people", "customer", "customers", "client", "clients", "user", "users", "get", "gets", "got", "add", "make",
        "show", "let", "many", "much", "more", "less", "few", "fewer", "instead", "often", "always", "never", "only",
        "also", "just", "would", "could", "should", "need", "needs", "new", "one", "two", "three", "ten", "what", "which",
        "клиент", "клиенты", "клиентам", "клиентов", "пользователи", "пользователей", "нужно", "нужен", "нужна",
        "слишком", "очень", "сделать", "добавить", "показывать", "часто", "много", "кучу", "это", "всё", "все",
    };

    private static readonly Lazy<Lexicon> SharedLexicon = new(Lexicon.Build);

    private readonly EnglishStemmer _english = new();
    private readonly RussianStemmer _russian = new();

    /// <summary>Whether a feature is a lexicon concept (weighted above a plain word).</summary>
    public static bool IsConcept(string feature) => feature.StartsWith(ConceptPrefix, StringComparison.Ordinal);

    /// <summary>The answer's features, each with the word (as written, lower-cased) it came from.</summary>
    public List<(string Feature, string Word)> Of(string text)
    {
        var words = Words(text);
        var features = new List<(string, string)>(words.Count);
        for (var index = 0; index < words.Count; index++)
        {
            var word = words[index];
            if (index + 1 < words.Count && ThemeLexicon.Phrases.TryGetValue((word, words[index + 1]), out var phrase))
            {
                word = phrase;
                index++;
            }

            if (IsStopWord(word))
            {
                continue;
            }

            var stem = Stem(word);
            features.Add((SharedLexicon.Value.ConceptOf(word, stem) is { } concept ? ConceptPrefix + concept : stem, word));
        }

        return features;
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var character in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetter(character))
            {
                word.Append(character == 'ё' || character == 'Ё' ? 'е' : char.ToLowerInvariant(character));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    private static bool IsStopWord(string word) =>
        word.Length < 2 || GenericWords.Contains(word) || (IsCyrillic(word) ? RussianStopWords.Contains(word) : EnglishStopWords.Contains(word));

    private static bool IsCyrillic(string word) => word.Length > 0 && word[0] is >= '\u0400' and <= '\u04FF';

    private string Stem(string word) => Stem(word, IsCyrillic(word) ? _russian : _english);

    private static string Stem(string word, Lucene.Net.Tartarus.Snowball.SnowballProgram stemmer)
    {
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }

    /// <summary>The lexicon's words and their stems, each pointing at its concept.</summary>
    private sealed class Lexicon
    {
        private readonly Dictionary<string, string> _conceptOfStem = new(StringComparer.Ordinal);
        private readonly List<(string Word, string Concept)> _words = [];

        public static Lexicon Build()
        {
            var lexicon = new Lexicon();
            var english = new EnglishStemmer();
            var russian = new RussianStemmer();
            foreach (var (concept, words) in ThemeLexicon.Concepts)
            {
                foreach (var written in words)
                {
                    var word = written.ToLower(CultureInfo.InvariantCulture).Replace('ё', 'е');
                    lexicon._conceptOfStem.TryAdd(Stem(word, IsCyrillic(word) ? russian : english), concept);
                    lexicon._words.Add((word, concept));
                }
            }

            return lexicon;
        }

        public string? ConceptOf(string word, string stem)
        {
            if (_conceptOfStem.TryGetValue(stem, out var concept))
            {
                return concept;
            }

            // A typo: the nearest lexicon word of the same script within the edits its length allows.
            var allowed = word.Length >= 8 ? 2 : word.Length >= 5 ? 1 : 0;
            if (allowed == 0)
            {
                return null;
            }

            string? nearest = null;
            var best = allowed + 1;
            foreach (var (candidate, candidateConcept) in _words)
            {
                if (Math.Abs(candidate.Length - word.Length) > allowed || IsCyrillic(candidate) != IsCyrillic(word))
                {
                    continue;
                }

                var distance = EditDistance.Within(word, candidate, allowed);
                if (distance < best)
                {
                    best = distance;
                    nearest = candidateConcept;
                }
            }

            return nearest;
        }
    }
}
