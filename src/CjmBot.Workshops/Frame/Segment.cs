namespace CjmBot.Workshops.Frame;

/// <summary>A customer segment and its persona portrait. Each segment gets its own map.</summary>
public sealed record Segment(string Id, string Name, string Portrait);
