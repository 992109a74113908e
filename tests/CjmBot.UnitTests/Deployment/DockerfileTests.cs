using System.Text.RegularExpressions;
using System.Xml.Linq;
using CjmBot.Testing;
using CjmBot.Web.Hosting;
using Xunit;

namespace CjmBot.UnitTests.Deployment;

/// <summary>
/// What can be checked of the Dockerfile without a Docker engine (this machine has only the client): that it builds
/// the projects the host needs, runs the assembly the host is, as a non-root user, on the port the probes use.
/// </summary>
public sealed partial class DockerfileTests
{
    private static readonly string Root = NodeTools.RepoRoot;
    private static readonly string[] Lines = File.ReadAllLines(Path.Combine(Root, "Dockerfile"));

    private static string HostAssembly => typeof(Program).Assembly.GetName().Name + ".dll";

    [Fact]
    public void Entrypoint_RunsTheHostAssembly()
    {
        Assert.Contains($"ENTRYPOINT [\"dotnet\", \"{HostAssembly}\"]", Lines);
        Assert.Equal(HostAssembly, Path.GetFileName(typeof(Program).Assembly.Location));
    }

    [Fact]
    public void Healthcheck_RunsTheBuiltInProbe()
    {
        var healthcheck = Assert.Single(Lines, line => line.StartsWith("HEALTHCHECK ", StringComparison.Ordinal));

        Assert.EndsWith($"CMD [\"dotnet\", \"{HostAssembly}\", \"{HealthProbe.Argument}\"]", healthcheck, StringComparison.Ordinal);
    }

    [Fact]
    public void Runtime_IsNonRootOnThePortOfTheProbes()
    {
        var user = Assert.Single(Lines, line => line.StartsWith("USER ", StringComparison.Ordinal));

        Assert.Equal("USER $APP_UID", user);
        Assert.Contains($"EXPOSE {HealthProbe.DefaultPort}", Lines);
        Assert.Contains(Lines, line => line.Contains($"ASPNETCORE_HTTP_PORTS={HealthProbe.DefaultPort}", StringComparison.Ordinal));
    }

    [Fact]
    public void Stages_SdkBuildsAndAspNetRuns_OnTheProjectsFramework()
    {
        var framework = XDocument.Load(Path.Combine(Root, "Directory.Build.props")).Descendants("TargetFramework").Single().Value;
        var version = framework["net".Length..];
        var stages = Lines.Where(line => line.StartsWith("FROM ", StringComparison.Ordinal)).ToList();

        Assert.Equal([$"FROM mcr.microsoft.com/dotnet/sdk:{version} AS build", $"FROM mcr.microsoft.com/dotnet/aspnet:{version} AS runtime"], stages);
    }

    [Fact]
    public void RestoreLayer_CopiesExactlyTheProjectsTheHostReferences()
    {
        var copied = CopiedProject().Matches(string.Join('\n', Lines)).Select(match => match.Groups[1].Value).ToHashSet();
        var needed = ProjectClosure("src/CjmBot.Web/CjmBot.Web.csproj");

        Assert.Equal(needed.Order(StringComparer.Ordinal), copied.Order(StringComparer.Ordinal));
        Assert.All(copied, project => Assert.True(File.Exists(Path.Combine(Root, project)), project));
    }

    [Fact]
    public void Image_CarriesNoSecrets()
    {
        var instructions = string.Join('\n', Lines.Where(line => !line.StartsWith('#')));

        Assert.DoesNotMatch(SecretSetting(), instructions);
    }

    [Fact]
    public void DockerIgnore_KeepsBuildOutputAndLocalDataOut()
    {
        var ignored = File.ReadAllLines(Path.Combine(Root, ".dockerignore"));

        Assert.Superset(new HashSet<string> { "**/bin/", "**/obj/", ".local/", "tools/node_modules/" }, ignored.ToHashSet());
    }

    /// <summary>The project and everything it references, as repository-relative paths.</summary>
    private static HashSet<string> ProjectClosure(string project)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var next))
        {
            if (!found.Add(next))
            {
                continue;
            }

            var directory = Path.GetDirectoryName(Path.Combine(Root, next))!;
            foreach (var reference in XDocument.Load(Path.Combine(Root, next)).Descendants("ProjectReference"))
            {
                var full = Path.GetFullPath(Path.Combine(directory, reference.Attribute("Include")!.Value.Replace('\\', '/')));
                pending.Push(Path.GetRelativePath(Root, full).Replace('\\', '/'));
            }
        }

        return found;
    }

    [GeneratedRegex(@"^COPY (src/\S+\.csproj) src/\S+/$", RegexOptions.Multiline)]
    private static partial Regex CopiedProject();

    [GeneratedRegex(@"(?i)(AppPassword|ConnectionString|AccountKey|ClientSecret)\s*=")]
    private static partial Regex SecretSetting();
}
