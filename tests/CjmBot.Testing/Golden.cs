using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using CjmBot.Protocol.Serialization;
using Xunit;

namespace CjmBot.Testing;

/// <summary>
/// Golden-file assertions: the expected output lives next to the test in <c>Golden/</c>, reviewed like code.
/// Run with <c>UPDATE_GOLDEN=1</c> to rewrite the files after an intended change, then read the diff.
/// </summary>
public static class Golden
{
    public static bool Updating => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    public static void AssertJson(string name, JsonNode actual, [CallerFilePath] string callerPath = "") =>
        AssertText(name + ".json", Pretty(actual), callerPath);

    public static void AssertText(string fileName, string actual, [CallerFilePath] string callerPath = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(callerPath)!, "Golden", fileName);
        actual = actual.ReplaceLineEndings("\n");
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"Golden file {path} is missing. Run the tests with UPDATE_GOLDEN=1 to create it, then review it.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(expected == actual, $"Output differs from {path}. If the change is intended, rerun with UPDATE_GOLDEN=1 and review the diff.\nActual:\n{actual}");
    }

    public static string Pretty(JsonNode node) =>
        node.ToJsonString(new System.Text.Json.JsonSerializerOptions(ProtocolJson.Options) { WriteIndented = true }) + "\n";
}
