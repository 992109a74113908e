using System.ComponentModel.DataAnnotations;

namespace CjmBot.Bot.LiveMap;

/// <summary>How the live map follows the conversation.</summary>
public sealed class LiveMapOptions
{
    public const string SectionName = "LiveMap";

    /// <summary>
    /// When this many messages (answers given in the chat and the bot's question cards) were seen since the map, it has
    /// scrolled far away: its next redraw posts it at the bottom of the chat and leaves a short stub where it was.
    /// </summary>
    [Range(5, 1000)]
    public int FollowAfterMessages { get; set; } = 30;
}
