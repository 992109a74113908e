using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CjmBot.Bot.State;

/// <summary>Reads and writes the bot's persisted shapes through <see cref="BotJsonContext"/>.</summary>
public static class Persisted
{
    public static string Write<T>(T value, JsonTypeInfo<T> type) => JsonSerializer.Serialize(value, type);

    /// <summary>The value, or null when the text is not of this shape (damaged or from another version).</summary>
    public static T? Read<T>(string? json, JsonTypeInfo<T> type)
        where T : class
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(json, type);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
