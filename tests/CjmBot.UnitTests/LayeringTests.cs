using System.Reflection;
using Xunit;

namespace CjmBot.UnitTests;

/// <summary>Dependencies point one way: protocol → dialogs → domain → application → cards / storage → bot → host.</summary>
public sealed class LayeringTests
{
    public static TheoryData<string, string[]> AllowedReferences => new()
    {
        { "CjmBot.Protocol", [] },
        { "CjmBot.Dialogs", ["CjmBot.Protocol"] },
        { "CjmBot.Workshops", [] },
        { "CjmBot.Themes", [] },
        { "CjmBot.Application", ["CjmBot.Workshops", "CjmBot.Themes"] },
        { "CjmBot.Cards", ["CjmBot.Workshops"] },
        { "CjmBot.Export", ["CjmBot.Workshops"] },
        { "CjmBot.Storage", ["CjmBot.Workshops", "CjmBot.Protocol"] },
        { "CjmBot.Bot", ["CjmBot.Protocol", "CjmBot.Dialogs", "CjmBot.Workshops", "CjmBot.Application", "CjmBot.Cards"] },
    };

    [Theory]
    [MemberData(nameof(AllowedReferences))]
    public void Project_ReferencesOnlyTheLayersBelowIt(string project, string[] allowed)
    {
        var references = Assembly.Load(project).GetReferencedAssemblies().Select(name => name.Name!).ToList();

        var ownLayers = references.Where(name => name.StartsWith("CjmBot.", StringComparison.Ordinal)).ToList();
        Assert.True(ownLayers.All(allowed.Contains), $"{project} references {string.Join(", ", ownLayers.Except(allowed))}");
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        if (project != "CjmBot.Storage")
        {
            Assert.DoesNotContain(references, name => name.StartsWith("Azure.", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Domain_KnowsNoProtocolNoAzureNoHosting()
    {
        var references = Assembly.Load("CjmBot.Workshops").GetReferencedAssemblies().Select(name => name.Name!).ToList();

        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.Extensions", StringComparison.Ordinal));
        Assert.DoesNotContain(references, name => name.StartsWith("CjmBot.", StringComparison.Ordinal));
    }
}
