using CjmBot.Application.Gate;
using Microsoft.Extensions.Logging;

namespace CjmBot.Application;

// Event ids of this project: 7000-7099.
//   7000-7019 the gate, 7020-7059 use cases, 7060-7079 effects.
// Participants' answers are logged only at Trace.
internal static partial class Log
{
    [LoggerMessage(EventId = 7000, Level = LogLevel.Information, Message = "Request refused ({Reason}) in conversation {ConversationId}, workshop {WorkshopId}")]
    public static partial void Refused(ILogger logger, Refusal reason, string conversationId, string? workshopId);

    [LoggerMessage(EventId = 7001, Level = LogLevel.Debug, Message = "{UseCase} was applied before (redelivery) in workshop {WorkshopId}; nothing changed")]
    public static partial void AlreadyDone(ILogger logger, string useCase, string? workshopId);

    [LoggerMessage(EventId = 7020, Level = LogLevel.Information, Message = "Workshop {WorkshopId} created with {Segments} segments and {Stages} stages")]
    public static partial void WorkshopCreated(ILogger logger, string workshopId, int segments, int stages);

    [LoggerMessage(EventId = 7021, Level = LogLevel.Information, Message = "Workshop {WorkshopId} moved: {Move} (revision {Revision})")]
    public static partial void WorkshopMoved(ILogger logger, string workshopId, Workshops.Progress.SessionMove move, int revision);

    [LoggerMessage(EventId = 7022, Level = LogLevel.Information, Message = "Recorded a {Kind} in workshop {WorkshopId}")]
    public static partial void ContributionRecorded(ILogger logger, string workshopId, Workshops.Contributions.ContributionKind kind);

    [LoggerMessage(EventId = 7023, Level = LogLevel.Trace, Message = "Answer text in workshop {WorkshopId}: {Text}")]
    public static partial void AnswerText(ILogger logger, string workshopId, string text);

    [LoggerMessage(EventId = 7024, Level = LogLevel.Information, Message = "Voting in workshop {WorkshopId} is now {Status} (budget {Budget})")]
    public static partial void VotingChanged(ILogger logger, string workshopId, Workshops.Voting.VotingStatus status, int budget);

    [LoggerMessage(EventId = 7025, Level = LogLevel.Information, Message = "Ballot in workshop {WorkshopId}, segment {SegmentId}: {Outcome}")]
    public static partial void BallotCast(ILogger logger, string workshopId, string segmentId, Workshops.Voting.BallotOutcome outcome);

    [LoggerMessage(EventId = 7026, Level = LogLevel.Information, Message = "Workshop {WorkshopId}: {ActionItems} action items and {Conclusions} conclusions recorded")]
    public static partial void DecisionsRecorded(ILogger logger, string workshopId, int actionItems, int conclusions);

    [LoggerMessage(EventId = 7027, Level = LogLevel.Information, Message = "Workshop {WorkshopId} deleted ({Rows} rows)")]
    public static partial void WorkshopDeleted(ILogger logger, string workshopId, int rows);

    [LoggerMessage(EventId = 7028, Level = LogLevel.Information, Message = "Async deadline of workshop {WorkshopId} set to {Deadline}")]
    public static partial void AsyncDeadlineSet(ILogger logger, string workshopId, DateTimeOffset deadline);

    [LoggerMessage(EventId = 7029, Level = LogLevel.Information, Message = "Async window of workshop {WorkshopId} closed: {Finished} of {Reached} finished")]
    public static partial void AsyncWindowClosed(ILogger logger, string workshopId, int finished, int reached);

    [LoggerMessage(EventId = 7030, Level = LogLevel.Information, Message = "Async sequence in workshop {WorkshopId} finished with {Answers} answers")]
    public static partial void AsyncSequenceFinished(ILogger logger, string workshopId, int answers);

    [LoggerMessage(EventId = 7031, Level = LogLevel.Information, Message = "Workshop {WorkshopId} not created: another workshop runs in the conversation")]
    public static partial void AnotherRunning(ILogger logger, string workshopId);

    [LoggerMessage(EventId = 7060, Level = LogLevel.Information, Message = "Workshop {WorkshopId}: blind rounds changed ({Change}), {Rounds} running")]
    public static partial void BlindChanged(ILogger logger, string workshopId, Workshops.Progress.BlindChange change, int rounds);

    [LoggerMessage(EventId = 7040, Level = LogLevel.Information, Message = "A person was forgotten in {Workshops} workshops ({Items} records removed or anonymised)")]
    public static partial void PersonForgotten(ILogger logger, int workshops, int items);

    // Labels are participants' words: only counts are logged.
    [LoggerMessage(EventId = 7041, Level = LogLevel.Information, Message = "Themes of workshop {WorkshopId}, segment {SegmentId}, lane {Lane}: {Change}, {Themes} themes stand")]
    public static partial void ThemesChanged(ILogger logger, string workshopId, string segmentId, Workshops.Questions.QuestionKey lane, string change, int themes);
}
