using System.Text.Json;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Serialization;

namespace CjmBot.Testing;

/// <summary>Real activities captured from Microsoft's Teams client (the Agents Playground), as fixtures.</summary>
public static class TeamsPayloads
{
    public static string Json(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payloads", name + ".json"));

    /// <summary>Loads a captured activity; captures that recorded HTTP headers keep the activity under <c>activity</c>.</summary>
    public static Activity Activity(string name)
    {
        using var document = JsonDocument.Parse(Json(name));
        var element = document.RootElement.TryGetProperty("activity", out var inner) ? inner : document.RootElement;
        return ProtocolJson.Deserialize<Activity>(element) ?? throw new InvalidOperationException($"Payload {name} is not an activity.");
    }
}
