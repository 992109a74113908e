namespace CjmBot.Export.MapPage;

/// <summary>Where the host serves the page's stylesheet and scripts (same origin: the pages allow nothing else).</summary>
public sealed record MapPageAssets(string StyleUrl, string ScriptUrl, string TeamsScriptUrl);
