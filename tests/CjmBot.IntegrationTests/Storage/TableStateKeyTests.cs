using CjmBot.Protocol.State;
using CjmBot.Storage;
using Xunit;

namespace CjmBot.IntegrationTests.Storage;

public sealed class TableStateKeyTests
{
    private static readonly char[] Forbidden = ['/', '\\', '#', '?', '%'];

    [Theory]
    [InlineData("participant", "19:abc@thread.tacv2;messageid=1795354728679", "29:1a/b#c?d%e~f")]
    [InlineData("workshop", "Карта/пути", "a\\b\tc")]
    public void Map_KeyBuiltByStateKeys_GivesTableLegalKeys(string scope, string first, string second)
    {
        var (partitionKey, rowKey) = TableStateKey.Map(StateKeys.Build(scope, first, second));

        Assert.Equal(-1, partitionKey.IndexOfAny(Forbidden));
        Assert.Equal(-1, rowKey.IndexOfAny(Forbidden));
        Assert.DoesNotContain(partitionKey + rowKey, char.IsControl);
    }

    [Fact]
    public void Map_KeysDifferingOnlyInEscapes_StayDistinct()
    {
        string[] keys =
        [
            StateKeys.Build("x", "a/b"),
            StateKeys.Build("x", "a", "b"),
            StateKeys.Build("x", "a%2Fb"),
            StateKeys.Build("x", "a~2Fb"),
            StateKeys.Build("x", "a~252Fb"),
            StateKeys.Build("x", "a", "b", "c"),
            StateKeys.Build("x", "a/b", "c"),
            StateKeys.Build("x", "a", "b/c"),
        ];

        var mapped = keys.Select(TableStateKey.Map).ToList();

        Assert.Equal(keys.Length, mapped.Distinct().Count());
    }

    [Fact]
    public void Map_PartitionKey_IsTheKeyUpToItsLastSlash()
    {
        var (partitionKey, rowKey) = TableStateKey.Map(StateKeys.Participant("msteams", "19:abc@thread.tacv2", "29:1a"));

        Assert.Equal("participant~2Fmsteams~2F19:abc@thread.tacv2", partitionKey);
        Assert.Equal("29:1a", rowKey);
    }

    [Theory]
    [InlineData("no-separator")]
    [InlineData("x/a#b")]
    [InlineData("x/a?b")]
    [InlineData("x/a\\b")]
    [InlineData("x/a\nb")]
    [InlineData("x/a\u0085b")]
    public void Map_KeyBreakingTableRules_Throws(string key)
    {
        Assert.Throws<ArgumentException>(() => TableStateKey.Map(key));
    }

    [Fact]
    public void Map_SegmentLongerThanTableKeyLimit_Throws()
    {
        var key = StateKeys.Build("x", new string('a', TableStateKey.MaxTableKeyLength + 1));

        Assert.Throws<ArgumentException>(() => TableStateKey.Map(key));
    }

    [Theory]
    [InlineData("19:meeting_NzY0@thread.tacv2;messageid=1795354728679")]
    [InlineData("a:1Xk9-personal_chat")]
    [InlineData("29:1AbC-user/x#y?z%w~v\\u")]
    [InlineData("f:activity\t\u0085\u007Fid")]
    [InlineData("Карта пути 😀")]
    public void EscapeId_AnyId_GivesATableLegalKey(string id)
    {
        var key = TableStateKey.EscapeId(id);

        Assert.Equal(-1, key.IndexOfAny(Forbidden));
        Assert.DoesNotContain(key, char.IsControl);
    }

    [Fact]
    public void EscapeId_IdsDifferingOnlyInEscapes_StayDistinct()
    {
        string[] ids = ["a/b", "a~2Fb", "a~7E2Fb", "a%2Fb", "a~252Fb", "a#b", "a~23b", "a?b", "a\\b", "a\tb", "A/B", "a~b"];

        var keys = ids.Select(TableStateKey.EscapeId).ToList();

        Assert.Equal(ids.Length, keys.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void EscapeId_TeamsIds_StayReadable()
    {
        Assert.Equal("19:abc@thread.tacv2;messageid=17", TableStateKey.EscapeId("19:abc@thread.tacv2;messageid=17"));
        Assert.Equal("ws~2F1~7E~25", TableStateKey.EscapeId("ws/1~%"));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void EscapeId_EmptyId_Throws(string? id)
    {
        Assert.ThrowsAny<ArgumentException>(() => TableStateKey.EscapeId(id!));
    }

    [Fact]
    public void EscapeId_IdLongerThanTableKeyLimitAfterEscaping_Throws()
    {
        Assert.Throws<ArgumentException>(() => TableStateKey.EscapeId(new string('/', (TableStateKey.MaxTableKeyLength / 3) + 1)));
    }
}
