namespace CjmBot.Workshops.Frame;

/// <summary>A person taking part, by their channel id (stable) and display name (for the map).</summary>
public sealed record Participant(string Id, string Name)
{
    /// <summary>
    /// Who holds an action item whose owner asked to be forgotten: no id or name of theirs is kept; readers show it as
    /// "former participant" in their language.
    /// </summary>
    public static Participant Former { get; } = new("cjmbot:former-participant", "former participant");

    public bool IsFormer => Id == Former.Id;
}
