namespace CjmBot.Testing;

/// <summary>
/// Locates the repository, <c>node</c> and <c>tools/node_modules</c>, and runs the scripts in <c>tools/</c>.
/// Tests that need them fail with <see cref="NodeToolsMissingException"/> (never skip) when they are absent.
/// </summary>
public static class NodeTools
{
    public const string InstallCommand = "npm ci --prefix tools";
    private const string SolutionFileName = "CjmBot.sln";

    private static readonly Lazy<string> RepoRootLazy = new(FindRepoRoot);

    /// <summary>The folder holding CjmBot.sln, found by walking up from the test binaries.</summary>
    public static string RepoRoot => RepoRootLazy.Value;

    public static string ToolsDirectory => Path.Combine(RepoRoot, "tools");

    public static string NodeModulesDirectory => Path.Combine(ToolsDirectory, "node_modules");

    /// <summary>Runs <c>node tools/&lt;script&gt; args…</c> from the repository root.</summary>
    /// <exception cref="NodeToolsMissingException">node or tools/node_modules is missing.</exception>
    /// <exception cref="TimeoutException">The script ran longer than <paramref name="timeout"/>.</exception>
    public static Task<ProcessResult> RunAsync(
        string script,
        IEnumerable<string> arguments,
        TimeSpan? timeout = null,
        CancellationToken cancellationToken = default)
    {
        var node = FindNode();
        EnsureInstalled();
        var scriptPath = Path.Combine(ToolsDirectory, script);
        if (!File.Exists(scriptPath))
        {
            throw new FileNotFoundException($"No such tool script: {scriptPath}", scriptPath);
        }

        return ProcessRunner.RunAsync(node, [scriptPath, .. arguments], RepoRoot, timeout: timeout, cancellationToken: cancellationToken);
    }

    /// <summary>The full path of <c>node</c> on PATH.</summary>
    /// <exception cref="NodeToolsMissingException">node is not on PATH.</exception>
    public static string FindNode()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in OperatingSystem.IsWindows() ? new[] { "node.exe", "node.cmd" } : ["node"])
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new NodeToolsMissingException(
            "Node.js (node 20+) is not on PATH. Install it, then run "
            + $"'{InstallCommand}' in {RepoRoot} (or scripts/test.sh, which installs everything).");
    }

    /// <exception cref="NodeToolsMissingException">tools/node_modules is missing or incomplete.</exception>
    public static void EnsureInstalled()
    {
        // Every pinned dependency, so a package added to tools/package.json after an older install is reported, not a file-not-found.
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(ToolsDirectory, "package.json")));
        var missing = manifest.RootElement.GetProperty("dependencies").EnumerateObject()
            .Select(dependency => dependency.Name)
            .Where(package => !File.Exists(Path.Combine(NodeModulesDirectory, package, "package.json")))
            .ToList();
        if (missing.Count > 0)
        {
            throw new NodeToolsMissingException(
                $"The Node tools are not installed ({string.Join(", ", missing)} missing in {NodeModulesDirectory}). "
                + $"Run '{InstallCommand}' in {RepoRoot} (or scripts/test.sh, which installs everything).");
        }
    }

    private static string FindRepoRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException(
            $"Cannot find {SolutionFileName} in any parent of {AppContext.BaseDirectory}; run the tests from inside the repository.");
    }
}
