using CjmBot.Protocol.Schema;
using CjmBot.Workshops.Progress;

namespace CjmBot.Bot.LiveMap;

/// <summary>
/// The live map of a workshop: where its message is and how far it shows the workshop.
/// <paramref name="Reference"/> is the conversation (in a channel: the thread) the message was posted in.
/// </summary>
public sealed record LiveMapState(string MessageId, ConversationReference Reference, MapWatermark? Rendered)
{
    /// <summary>Contributions given in the chat (not in personal chats) when the message was posted: the map's place in the chat.</summary>
    public int PostedAfterContributions { get; init; }

    /// <summary>When the message was posted (a map moves at most once every <see cref="MapRenderJobHandler.MinMoveInterval"/>).</summary>
    public DateTimeOffset? PostedAt { get; init; }

    /// <summary>Messages the bot posted into the chat since the map (question cards).</summary>
    public int BotPostsSince { get; init; }

    /// <summary>Earlier map messages still to be told that a newer map exists (the redraw job does it, a few per run).</summary>
    public IReadOnlyList<string>? Superseded { get; init; }

    /// <summary>The current question's card, whose count section the redraw job keeps up to date in place.</summary>
    public LiveQuestionCard? Question { get; init; }

    /// <summary>How many messages were seen in the chat since the map was posted: contributions given in it and the bot's posts.</summary>
    public int MessagesSince(int chatContributions) => Math.Max(0, chatContributions - PostedAfterContributions) + BotPostsSince;
}

/// <summary>A live map as read, with the ETag to write it back under.</summary>
public sealed record LiveMapItem(LiveMapState State, string ETag);

/// <summary>
/// The question card of the live session: its message, the question it shows (<paramref name="Segment"/>,
/// <paramref name="Stage"/>, <paramref name="Question"/>: the session's position when it was posted), and what its count
/// section showed when last drawn, and when.
/// </summary>
public sealed record LiveQuestionCard(
    string MessageId, int Segment, int Stage, int Question, int Revision, int Answers, int People, DateTimeOffset DrawnAt, bool WithControls = false,
    bool Blind = false)
{
    public Position Position => new(Segment, Stage, Question);
}
