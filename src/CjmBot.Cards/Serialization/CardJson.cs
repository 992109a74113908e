using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace CjmBot.Cards.Serialization;

/// <summary>How cards are written when their size is measured: compact, letters of every script unescaped (as the bot sends them).</summary>
public static class CardJson
{
    /// <summary>One buffer per thread for measuring: a big map measures a few hundred parts.</summary>
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_measure;

    public static JsonSerializerOptions Options { get; } = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>
    /// The length of <paramref name="node"/> as <see cref="JsonNode.ToJsonString"/> writes it with <see cref="Options"/>, in UTF-16
    /// code units (Teams counts a card's size in UTF-16), without making the string.
    /// </summary>
    public static int Chars(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var buffer = t_measure ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Options.Encoder }))
        {
            node.WriteTo(writer, Options);
        }

        return Encoding.UTF8.GetCharCount(buffer.WrittenSpan);
    }
}
