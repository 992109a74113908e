using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace CjmBot.Testing;

/// <summary>
/// Checks Adaptive Cards with tools/validate-cards.mjs: the official adaptivecards library at schema 1.5
/// with the Teams host config, plus the Teams rules (wrap, labels, ≤3 columns, size budget, fallbacks).
/// </summary>
public static class CardValidator
{
    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        // Same compact form the bot sends, so the size check measures realistic text.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>Validates all cards in one run of the script.</summary>
    /// <returns>Every card name mapped to its issues (empty when the card is valid).</returns>
    /// <exception cref="NodeToolsMissingException">node or tools/node_modules is missing.</exception>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<ValidationIssue>>> ValidateAsync(
        IEnumerable<(string Name, JsonObject Card)> cards,
        CancellationToken cancellationToken = default)
    {
        var directory = Directory.CreateTempSubdirectory("cjmbot-cards-");
        try
        {
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var index = 0;
            foreach (var (name, card) in cards)
            {
                if (!seen.Add(name))
                {
                    throw new ArgumentException($"Card name '{name}' is used twice.", nameof(cards));
                }

                var path = Path.Combine(directory.FullName, $"{index++:D4}-{SafeFileName(name)}.json");
                await File.WriteAllTextAsync(path, card.ToJsonString(WriteOptions), Encoding.UTF8, cancellationToken).ConfigureAwait(false);
                names[path] = name;
            }

            if (names.Count == 0)
            {
                return new Dictionary<string, IReadOnlyList<ValidationIssue>>();
            }

            var report = await ValidationReport.RunAsync("validate-cards.mjs", [directory.FullName], cancellationToken).ConfigureAwait(false);
            var result = new Dictionary<string, IReadOnlyList<ValidationIssue>>(StringComparer.Ordinal);
            foreach (var (path, name) in names)
            {
                result[name] = report.Files.TryGetValue(path, out var issues)
                    ? issues
                    : throw new InvalidOperationException($"tools/validate-cards.mjs did not report on card '{name}' ({path}).");
            }

            return result;
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static string SafeFileName(string name)
    {
        var safe = new string(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_').ToArray());
        return safe.Length > 60 ? safe[..60] : safe;
    }
}
