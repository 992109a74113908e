namespace CjmBot.Workshops.Frame;

/// <summary>A person taking part, by their channel id (stable) and display name (for the map).</summary>
public sealed record Participant(string Id, string Name);
