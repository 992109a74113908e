using System.Text;
using CjmBot.Protocol.Serialization;
using CjmBot.Testing;
using Xunit;

namespace CjmBot.UnitTests.Cards;

public sealed class CardGoldenTests
{
    public static Xunit.TheoryData<string> Cards => CardCatalog.Names();

    [Theory]
    [MemberData(nameof(Cards))]
    public void Card_MatchesGoldenFile(string name) => Golden.AssertJson(name, CardCatalog.Get(name));

    [Theory]
    [MemberData(nameof(Cards))]
    public void Card_IsVersion15AndUnder80KilobytesAsTeamsCountsIt(string name)
    {
        var card = CardCatalog.Get(name);
        var utf16Bytes = Encoding.Unicode.GetByteCount(ProtocolJson.Write(card));

        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        Assert.True(utf16Bytes <= 80 * 1024, $"{name} is {utf16Bytes} bytes as UTF-16.");
    }
}

public sealed class CardRendererTests
{
    [Fact]
    public async Task EveryCard_OfficialAdaptiveCardsRenderer_ReportsNoErrors()
    {
        var results = await CardValidator.ValidateAsync(CardCatalog.All());

        Assert.NotEmpty(results);
        var failures = results.Where(result => result.Value.Count > 0)
            .Select(result => $"{result.Key}: {string.Join("; ", result.Value.Select(issue => $"{issue.Path} {issue.Code} {issue.Message}"))}")
            .ToList();
        Assert.True(failures.Count == 0, "Cards with errors:\n" + string.Join("\n", failures));
    }
}
