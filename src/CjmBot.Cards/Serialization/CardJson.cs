using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace CjmBot.Cards.Serialization;

/// <summary>How cards are written when their size is measured: compact, letters of every script unescaped (as the bot sends them).</summary>
public static class CardJson
{
    public static JsonSerializerOptions Options { get; } = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
}
