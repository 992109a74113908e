using System.Text.Json;
using System.Text.Json.Serialization;
using CjmBot.Bot.LiveMap;
using CjmBot.Bot.Scheduling;
using CjmBot.Protocol.Schema;

namespace CjmBot.Bot.State;

/// <summary>
/// The one source-generated context for everything the bot persists of its own: the state it keeps (live maps, chat
/// addresses, contributors' cursors, welcome markers), its scheduled jobs' payloads and its dialogs' options. Each shape
/// is a record; nothing is written as hand-built JSON.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(LiveMapState))]
[JsonSerializable(typeof(ConversationReference))]
[JsonSerializable(typeof(SequenceCursor))]
[JsonSerializable(typeof(WelcomeMarker))]
[JsonSerializable(typeof(QuestionTimerJob))]
[JsonSerializable(typeof(MapRenderJob))]
[JsonSerializable(typeof(ReminderJob))]
[JsonSerializable(typeof(DeadlineJob))]
[JsonSerializable(typeof(RetentionJob))]
[JsonSerializable(typeof(AsyncSequenceOptions))]
[JsonSerializable(typeof(AsyncSequencePosition))]
public sealed partial class BotJsonContext : JsonSerializerContext;

/// <summary>Which workshop's sequence a person is answering in their personal chat right now.</summary>
public sealed record SequenceCursor(string WorkshopId);

/// <summary>That a conversation was greeted, and when (so it is greeted once).</summary>
public sealed record WelcomeMarker(DateTimeOffset WelcomedAt);

/// <summary>What a contributor's sequence was begun with: its workshop and the questions planned (encoded).</summary>
public sealed record AsyncSequenceOptions(string WorkshopId, IReadOnlyList<string> Items);

/// <summary>How far a contributor got in their sequence: the index of the planned question they are on.</summary>
public sealed record AsyncSequencePosition(int Index);
