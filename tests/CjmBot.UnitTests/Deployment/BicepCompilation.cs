using System.Reflection;
using System.Text.Json.Nodes;
using CjmBot.Testing;
using Xunit;

namespace CjmBot.UnitTests.Deployment;

/// <summary>
/// <c>infra/main.bicep</c> and <c>infra/main.bicepparam</c> compiled once per test run with the real Bicep compiler, which
/// the NuGet package Azure.Bicep.CommandLine.linux-x64 ships (offline: the resource types are built into the compiler).
/// </summary>
public sealed class BicepCompilation : IAsyncLifetime
{
    public static string InfraDirectory => Path.Combine(NodeTools.RepoRoot, "infra");

    public ProcessResult Template { get; private set; } = new(-1, "", "");

    public ProcessResult Parameters { get; private set; } = new(-1, "", "");

    public string MainBicepText { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var bicep = FindCompiler();
        MainBicepText = await File.ReadAllTextAsync(Path.Combine(InfraDirectory, "main.bicep"));
        Template = await ProcessRunner.RunAsync(bicep, ["build", "main.bicep", "--stdout"], InfraDirectory, timeout: TimeSpan.FromMinutes(3));
        // The parameters file reads the link-signing key from the environment, as a deployment does.
        Parameters = await ProcessRunner.RunAsync(bicep, ["build-params", "main.bicepparam", "--stdout"], InfraDirectory,
            new Dictionary<string, string> { ["CJMBOT_EXPORT_SIGNING_KEY"] = Convert.ToBase64String(new byte[32]) },
            timeout: TimeSpan.FromMinutes(3));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The ARM template, after checking that the compiler accepted the file without a single diagnostic.</summary>
    public JsonObject CompiledTemplate()
    {
        AssertClean(Template, "main.bicep");
        return JsonNode.Parse(Template.StandardOutput)!.AsObject();
    }

    public static void AssertClean(ProcessResult result, string file)
    {
        Assert.True(result.ExitCode == 0, $"bicep failed on {file} (exit {result.ExitCode}):\n{result.StandardError}");
        Assert.True(
            !result.StandardError.Contains("Warning", StringComparison.Ordinal) && !result.StandardError.Contains("Error", StringComparison.Ordinal),
            $"bicep reported diagnostics on {file}:\n{result.StandardError}");
    }

    private static string FindCompiler()
    {
        var configured = typeof(BicepCompilation).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == "BicepPath")?.Value;
        if (string.IsNullOrEmpty(configured))
        {
            throw new InvalidOperationException("The test assembly carries no BicepPath: is Azure.Bicep.CommandLine.linux-x64 referenced by CjmBot.UnitTests.csproj?");
        }

        var path = Path.GetFullPath(configured.Replace('\\', '/'));
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The Bicep compiler is missing at {path}; restore CjmBot.UnitTests (NuGet package Azure.Bicep.CommandLine.linux-x64).", path);
        }

        // NuGet does not keep the executable bit of files it extracts.
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path);
            if (!mode.HasFlag(UnixFileMode.UserExecute))
            {
                File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            }
        }

        return path;
    }
}
