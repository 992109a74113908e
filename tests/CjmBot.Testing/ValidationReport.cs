using System.Text.Json.Nodes;

namespace CjmBot.Testing;

/// <summary>The JSON report printed by tools/validate-cards.mjs and tools/validate-manifest.mjs.</summary>
public sealed class ValidationReport
{
    private ValidationReport(IReadOnlyDictionary<string, IReadOnlyList<ValidationIssue>> files, int errorCount)
    {
        Files = files;
        ErrorCount = errorCount;
    }

    /// <summary>Issues per validated file (full path), in report order; files without issues map to an empty list.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<ValidationIssue>> Files { get; }

    public int ErrorCount { get; }

    public IEnumerable<ValidationIssue> AllIssues => Files.Values.SelectMany(issues => issues);

    /// <summary>Runs a validator script and parses its report.</summary>
    /// <exception cref="InvalidOperationException">The script failed for another reason than findings (usage error, crash).</exception>
    public static async Task<ValidationReport> RunAsync(string script, IEnumerable<string> arguments, CancellationToken cancellationToken = default)
    {
        var result = await NodeTools.RunAsync(script, arguments, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (result.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException(
                $"tools/{script} exited with {result.ExitCode}.\nstderr: {result.StandardError}\nstdout: {result.StandardOutput}");
        }

        var report = Parse(result.StandardOutput);
        if ((report.ErrorCount == 0) != (result.ExitCode == 0))
        {
            throw new InvalidOperationException(
                $"tools/{script} exited with {result.ExitCode} but reported {report.ErrorCount} errors.");
        }

        return report;
    }

    public static ValidationReport Parse(string json)
    {
        var root = JsonNode.Parse(json)?.AsObject()
            ?? throw new FormatException("The validation report is not a JSON object.");
        var files = new Dictionary<string, IReadOnlyList<ValidationIssue>>(StringComparer.Ordinal);
        foreach (var file in root["files"]?.AsArray() ?? [])
        {
            var name = file?["file"]?.GetValue<string>() ?? throw new FormatException("A report entry has no \"file\".");
            var issues = (file["errors"]?.AsArray() ?? [])
                .Select(error => new ValidationIssue(
                    error?["path"]?.GetValue<string>() ?? string.Empty,
                    error?["code"]?.GetValue<string>() ?? string.Empty,
                    error?["message"]?.GetValue<string>() ?? string.Empty))
                .ToList();
            files[name] = files.TryGetValue(name, out var earlier) ? [.. earlier, .. issues] : issues;
        }

        var errorCount = root["errorCount"]?.GetValue<int>() ?? throw new FormatException("The report has no \"errorCount\".");
        return new ValidationReport(files, errorCount);
    }
}
