namespace CjmBot.Bot.Commands;

/// <summary>
/// The one rule for "did you mean": a one-word message that is no command but is a likely slip for one. A slip is what
/// fingers do, not another word: the same keys typed in the other keyboard layout (<c>туче</c> for <c>next</c>,
/// <c>lfkmit</c> for <c>дальше</c>), two neighbouring letters swapped (<c>nxet</c>), one letter missing or doubled, or a
/// key next to the right one (<c>nexr</c>). A different letter that is not a neighbouring key costs two, so real words
/// stay answers (<c>bank</c>, <c>text</c>, <c>note</c>, <c>rule</c>, <c>price</c>), and so do plain inflections of a
/// command word (<c>maps</c>, <c>closed</c>). Up to 3 letters only a layout slip counts, up to 7 one slip, longer two.
/// </summary>
internal static class CommandSuggestions
{
    // The same physical keys in the two layouts, row by row; a letter's position is its key.
    private static readonly string[] LatinRows = ["`1234567890-=", "qwertyuiop[]", "asdfghjkl;'", "zxcvbnm,./"];
    private static readonly string[] CyrillicRows = ["ё1234567890-=", "йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю."];

    // How far each row starts to the right of the one above, in keys (a standard staggered keyboard).
    private static readonly double[] RowOffsets = [0, 0.5, 0.75, 1.25];

    private static readonly Dictionary<char, (int Row, double X)> Keys = KeyPositions();
    private static readonly Dictionary<char, char> LatinToCyrillic = Layout(LatinRows, CyrillicRows);
    private static readonly Dictionary<char, char> CyrillicToLatin = Layout(CyrillicRows, LatinRows);

    public const int MinLength = 3;
    public const int MaxLength = 20;

    /// <summary>The command word <paramref name="word"/> most likely slipped from, or null (none, or two equally likely).</summary>
    public static (BotCommand Command, string Word)? Suggest(string word, IEnumerable<(string Word, BotCommand Command)> candidates)
    {
        if (word.Length is < MinLength or > MaxLength || !word.All(char.IsLetter))
        {
            return null;
        }

        var typed = word.Replace('ё', 'е');
        var retyped = Retype(typed);
        (BotCommand Command, string Word)? best = null;
        var bestCost = int.MaxValue;
        var tie = false;
        foreach (var (candidateWord, command) in candidates)
        {
            var candidate = candidateWord.Replace('ё', 'е');
            if (candidate.Length < MinLength || !candidate.All(char.IsLetter) || IsInflection(typed, candidate))
            {
                continue;
            }

            var cost = Math.Min(Cost(typed, candidate), retyped is null ? int.MaxValue : Cost(retyped, candidate));
            if (cost > Allowed(typed, candidate) || cost > bestCost)
            {
                continue;
            }

            if (cost < bestCost)
            {
                (best, bestCost, tie) = ((command, candidateWord), cost, false);
            }
            else if (best?.Command != command)
            {
                tie = true;
            }
        }

        return tie ? null : best;
    }

    /// <summary>How many slips a word may hold: a layout slip only for short words, one up to 7 letters, two beyond.</summary>
    private static int Allowed(string typed, string candidate)
    {
        var length = Math.Max(typed.Length, candidate.Length);
        return length <= 3 || candidate.Length <= 3 ? 0 : length <= 7 ? 1 : 2;
    }

    /// <summary>A command word with a plural or past ending is an English word of its own (<c>maps</c>, <c>votes</c>, <c>closed</c>).</summary>
    private static bool IsInflection(string typed, string candidate) =>
        typed.Length > candidate.Length && typed.StartsWith(candidate, StringComparison.Ordinal)
        && typed[candidate.Length..] is "s" or "es" or "d" or "ed";

    /// <summary>The word as the same keys give it in the other layout, or null when it mixes layouts or has keys without a letter.</summary>
    private static string? Retype(string word)
    {
        var map = word.All(LatinToCyrillic.ContainsKey) ? LatinToCyrillic : word.All(CyrillicToLatin.ContainsKey) ? CyrillicToLatin : null;
        return map is null ? null : new string(word.Select(c => map[c]).ToArray());
    }

    /// <summary>
    /// Optimal string alignment distance where a missing, extra or swapped letter costs one, a neighbouring key one,
    /// and any other letter two.
    /// </summary>
    private static int Cost(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = a[i - 1] == b[j - 1] ? 0 : Neighbours(a[i - 1], b[j - 1]) ? 1 : 2;
                var cost = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + substitution);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    cost = Math.Min(cost, d[i - 2, j - 2] + 1);
                }

                d[i, j] = cost;
            }
        }

        return d[a.Length, b.Length];
    }

    private static bool Neighbours(char a, char b) =>
        Keys.TryGetValue(a, out var x) && Keys.TryGetValue(b, out var y) && Math.Abs(x.Row - y.Row) <= 1
        && (x.Row == y.Row ? Math.Abs(x.X - y.X) <= 1.01 : Math.Abs(x.X - y.X) < 1);

    private static Dictionary<char, (int, double)> KeyPositions()
    {
        var keys = new Dictionary<char, (int, double)>();
        foreach (var rows in new[] { LatinRows, CyrillicRows })
        {
            for (var row = 0; row < rows.Length; row++)
            {
                for (var column = 0; column < rows[row].Length; column++)
                {
                    keys.TryAdd(rows[row][column], (row, column + RowOffsets[row]));
                }
            }
        }

        return keys;
    }

    private static Dictionary<char, char> Layout(string[] from, string[] to)
    {
        var map = new Dictionary<char, char>();
        for (var row = 0; row < from.Length; row++)
        {
            for (var column = 0; column < from[row].Length; column++)
            {
                if (char.IsLetter(from[row][column]) || char.IsLetter(to[row][column]))
                {
                    map.TryAdd(from[row][column], to[row][column]);
                }
            }
        }

        return map;
    }
}
