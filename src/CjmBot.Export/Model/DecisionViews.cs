namespace CjmBot.Export.Model;

/// <summary>An action item as exports show it: owners are always named (an assignment, not an opinion).</summary>
internal sealed record ActionItemView(string Segment, string Solution, string Owner, string Due);

/// <summary>A conclusion as exports show it. <see cref="Author"/> is null when the workshop is anonymous.</summary>
internal sealed record ConclusionView(string Topic, string Text, string? Author);
