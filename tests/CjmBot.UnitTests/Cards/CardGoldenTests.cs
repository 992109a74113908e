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
