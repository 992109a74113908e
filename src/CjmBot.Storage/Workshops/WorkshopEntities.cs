using System.Globalization;
using Azure.Data.Tables;
using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Progress;
using CjmBot.Workshops.Questions;
using static CjmBot.Storage.TableColumns;

namespace CjmBot.Storage.Workshops;

/// <summary>
/// The rows of a workshop partition and of a conversation's index, as explicit columns. Lists are JSON text
/// (<see cref="JsonColumns"/>, source-generated); enums are stored by name, so reordering an enum never changes what
/// stored rows mean.
/// </summary>
internal static class WorkshopEntities
{
    public const string FrameRow = "frame";
    public const string ProgressRow = "progress";

    /// <summary>
    /// The row every write touches (see <c>TableWorkshopRepository.SubmitAsync</c>) and deletion removes first: while it
    /// exists the workshop takes writes. It holds nothing.
    /// </summary>
    public const string AliveRow = "alive";

    /// <summary>On the progress row: set when deletion has begun; the workshop reads as gone from then on.</summary>
    public const string DeletedColumn = "Deleted";

    /// <summary>Markers of operations applied (moves, settings, decisions), so that none is applied twice.</summary>
    public const string OperationPrefix = "op|";

    public const string ContributionPrefix = "c|";
    public const string ConversationPrefix = "w|";
    public const string WorkshopIdColumn = "WorkshopId";

    /// <summary>
    /// On the frame and the progress row: how often the frame was changed. Both rows change in one transaction, so
    /// a progress row that names the revision of a frame read earlier proves that frame still current.
    /// </summary>
    public const string FrameRevisionColumn = "FrameRevision";

    /// <summary>
    /// On the progress row: the version of its conversation's index this workshop last heard of. Every change of the
    /// index first raises it on the active workshop, so an unchanged value proves an index read earlier current.
    /// </summary>
    public const string IndexVersionColumn = "IndexVersion";

    /// <summary>The row of a conversation's index partition that counts its changes.</summary>
    public const string IndexVersionRow = "version";

    public static string PartitionKey(string workshopId) => TableStateKey.EscapeId(workshopId);

    public static string ContributionRow(string contributionId) => ContributionPrefix + TableStateKey.EscapeId(contributionId);

    public static bool IsContribution(TableEntity entity) => entity.RowKey.StartsWith(ContributionPrefix, StringComparison.Ordinal);

    /// <summary>The marker of an applied operation: no person's id or text, only when.</summary>
    public static TableEntity Operation(string workshopId, string operationId) =>
        new(PartitionKey(workshopId), OperationPrefix + TableStateKey.EscapeId(operationId));

    public static bool IsMarkedDeleted(TableEntity progress) => progress.GetBoolean(DeletedColumn) == true;

    // Frame ----------------------------------------------------------------------------------------------------

    public static TableEntity FromFrame(WorkshopFrame frame, long revision)
    {
        var entity = new TableEntity(PartitionKey(frame.Id), FrameRow);
        entity[FrameRevisionColumn] = revision;
        SetText(entity, WorkshopIdColumn, frame.Id);
        SetText(entity, "ConversationId", frame.ConversationId);
        SetText(entity, "Title", frame.Title);
        SetText(entity, "Product", frame.Product);
        SetText(entity, "Goal", frame.Goal);
        SetEnum<MapType>(entity, "MapType", frame.MapType);
        SetEnum<StageTemplate>(entity, "Template", frame.Template);
        SetText(entity, "Stages", JsonColumns.Write([.. frame.Stages], JsonColumns.Strings));
        SetText(entity, "Segments", JsonColumns.Write([.. frame.Segments.Select(segment => new SegmentColumn(segment.Id, segment.Name, segment.Portrait))], JsonColumns.Segments));
        entity["KpiEnabled"] = frame.KpiEnabled;
        entity["Anonymous"] = frame.Anonymous;
        entity["BlindStages"] = frame.BlindStages;
        if (frame.Timebox is { } timebox)
        {
            entity["TimeboxTicks"] = timebox.Ticks;
        }

        SetEnum<Language>(entity, "Language", frame.Language);
        SetText(entity, "CreatedById", frame.CreatedBy.Id);
        SetText(entity, "CreatedByName", frame.CreatedBy.Name);
        entity["CreatedAt"] = frame.CreatedAt;
        SetText(entity, "Facilitators", JsonColumns.Write([.. frame.Facilitators], JsonColumns.Strings));
        entity["Version"] = frame.Version;
        SetText(entity, "CopiedFromId", frame.CopiedFromId);
        if (frame.RetentionDays is { } days)
        {
            entity["RetentionDays"] = days;
        }

        if (frame.RetentionSetAt is { } setAt)
        {
            entity["RetentionSetAt"] = setAt;
        }

        return entity;
    }

    public static WorkshopFrame ToFrame(TableEntity entity) => new()
    {
        Id = RequiredText(entity, WorkshopIdColumn),
        ConversationId = RequiredText(entity, "ConversationId"),
        Title = RequiredText(entity, "Title"),
        Product = RequiredText(entity, "Product"),
        Goal = RequiredText(entity, "Goal"),
        MapType = RequiredEnum<MapType>(entity, "MapType"),
        Template = RequiredEnum<StageTemplate>(entity, "Template"),
        Stages = JsonColumns.Read(entity, "Stages", JsonColumns.Strings),
        Segments = [.. JsonColumns.Read(entity, "Segments", JsonColumns.Segments).Select(segment => segment is { Id: not null, Name: not null, Portrait: not null }
            ? new Segment(segment.Id, segment.Name, segment.Portrait)
            : throw Damaged(entity, "a segment lacks its id, name or portrait"))],
        KpiEnabled = RequiredBool(entity, "KpiEnabled"),
        Anonymous = RequiredBool(entity, "Anonymous"),

        // Frames written before the option existed have no column: no stage runs blind by itself.
        BlindStages = entity.GetBoolean("BlindStages") == true,
        Timebox = entity.GetInt64("TimeboxTicks") is { } ticks ? TimeSpan.FromTicks(ticks) : null,
        Language = RequiredEnum<Language>(entity, "Language"),
        CreatedBy = new Participant(RequiredText(entity, "CreatedById"), RequiredText(entity, "CreatedByName")),
        CreatedAt = RequiredTime(entity, "CreatedAt"),
        Facilitators = JsonColumns.Read(entity, "Facilitators", JsonColumns.Strings),
        Version = RequiredInt(entity, "Version"),
        CopiedFromId = entity.GetString("CopiedFromId"),
        RetentionDays = entity.GetInt32("RetentionDays"),
        RetentionSetAt = entity.GetDateTimeOffset("RetentionSetAt"),
    };

    // Progress -------------------------------------------------------------------------------------------------

    public static TableEntity FromProgress(string workshopId, WorkshopProgress progress, long frameRevision, long indexVersion)
    {
        var entity = new TableEntity(PartitionKey(workshopId), ProgressRow);
        entity[FrameRevisionColumn] = frameRevision;
        entity[IndexVersionColumn] = indexVersion;
        SetEnum<WorkshopStatus>(entity, "Status", progress.Status);
        entity["Segment"] = progress.Position.Segment;
        entity["Stage"] = progress.Position.Stage;
        entity["Question"] = progress.Position.Question;
        entity["Revision"] = progress.Revision;
        entity["QuestionStartedAt"] = progress.QuestionStartedAt;
        if (progress.TimerDueAt is { } due)
        {
            entity["TimerDueAt"] = due;
        }

        if (progress.ClosedAt is { } closedAt)
        {
            entity["ClosedAt"] = closedAt;
        }

        entity["ReachedSegment"] = progress.Reached.Segment;
        entity["ReachedStage"] = progress.Reached.Stage;
        entity["ReachedQuestion"] = progress.Reached.Question;
        if (progress.LastMove is { } last)
        {
            SetText(entity, "LastMoveBy", last.ActorId);
            SetEnum<SessionMove>(entity, "LastMove", last.Move);
            entity["LastMoveAt"] = last.At;
            entity["LastMoveRepeatConfirmed"] = last.RepeatConfirmed;
        }

        if (progress.Blind.Count > 0)
        {
            entity["Blind"] = JsonColumns.Write([.. progress.Blind.Select(BlindColumn.Of)], JsonColumns.BlindRounds);
        }

        if (progress.BlindChangedAt is { } blindChanged)
        {
            entity["BlindChangedAt"] = blindChanged;
        }

        return entity;
    }

    public static WorkshopProgress ToProgress(TableEntity entity)
    {
        var position = new Position(RequiredInt(entity, "Segment"), RequiredInt(entity, "Stage"), RequiredInt(entity, "Question"));
        return new()
        {
            Status = RequiredEnum<WorkshopStatus>(entity, "Status"),
            Position = position,
            Revision = RequiredInt(entity, "Revision"),
            QuestionStartedAt = RequiredTime(entity, "QuestionStartedAt"),
            TimerDueAt = entity.GetDateTimeOffset("TimerDueAt"),
            ClosedAt = entity.GetDateTimeOffset("ClosedAt"),

            // Rows written before the high-water mark existed: the current position is the best that is known.
            Reached = entity.GetInt32("ReachedSegment") is { } segment
                ? new Position(segment, RequiredInt(entity, "ReachedStage"), RequiredInt(entity, "ReachedQuestion"))
                : position,
            LastMove = entity.GetString("LastMoveBy") is { } by
                ? new RecentMove(by, RequiredEnum<SessionMove>(entity, "LastMove"), RequiredTime(entity, "LastMoveAt"), entity.GetBoolean("LastMoveRepeatConfirmed") == true)
                : null,

            // No column: nothing runs blind (rows written before blind rounds existed too).
            Blind = entity.GetString("Blind") is { Length: > 0 }
                ? [.. JsonColumns.Read(entity, "Blind", JsonColumns.BlindRounds).Select(column => column.ToRound(entity))]
                : [],
            BlindChangedAt = entity.GetDateTimeOffset("BlindChangedAt"),
        };
    }

    /// <summary>A stamp column (<see cref="FrameRevisionColumn"/>, <see cref="IndexVersionColumn"/>); 0 on rows written before it existed.</summary>
    public static long Stamp(TableEntity entity, string column) => entity.GetInt64(column) ?? 0;

    // Contributions --------------------------------------------------------------------------------------------

    public static TableEntity FromContribution(Contribution contribution)
    {
        var entity = new TableEntity(PartitionKey(contribution.WorkshopId), ContributionRow(contribution.Id));
        SetText(entity, "ContributionId", contribution.Id);
        SetEnum<ContributionKind>(entity, "Kind", contribution.Kind);
        SetText(entity, "AuthorId", contribution.Author.Id);
        SetText(entity, "AuthorName", contribution.Author.Name);
        entity["At"] = contribution.At;
        SetText(entity, "SegmentId", contribution.SegmentId);
        if (contribution.StageIndex is { } stage)
        {
            entity["StageIndex"] = stage;
        }

        SetEnum(entity, "Question", contribution.Question);
        SetText(entity, "Text", contribution.Text);
        if (contribution.Score is { } score)
        {
            entity["Score"] = score;
        }

        SetEnum(entity, "Source", contribution.Source);
        SetText(entity, "TargetId", contribution.TargetId);
        entity["IsAsync"] = contribution.IsAsync;
        return entity;
    }

    public static Contribution ToContribution(string workshopId, TableEntity entity) => new()
    {
        Id = RequiredText(entity, "ContributionId"),
        WorkshopId = workshopId,
        Kind = RequiredEnum<ContributionKind>(entity, "Kind"),
        Author = new Participant(RequiredText(entity, "AuthorId"), RequiredText(entity, "AuthorName")),
        At = RequiredTime(entity, "At"),
        SegmentId = entity.GetString("SegmentId"),
        StageIndex = entity.GetInt32("StageIndex"),
        Question = OptionalEnum<QuestionKey>(entity, "Question"),
        Text = entity.GetString("Text"),
        Score = entity.GetInt32("Score"),
        Source = OptionalEnum<EvidenceSource>(entity, "Source"),
        TargetId = entity.GetString("TargetId"),
        IsAsync = RequiredBool(entity, "IsAsync"),
    };

    // Conversation index ---------------------------------------------------------------------------------------

    /// <summary>
    /// Row keys sort by creation time (UTC ticks, fixed width), so the partition reads oldest first and its last
    /// row is the active workshop; the id after the time keeps two workshops created in the same tick apart.
    /// </summary>
    public static TableEntity ConversationEntry(WorkshopFrame frame)
    {
        var ticks = frame.CreatedAt.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);
        var entity = new TableEntity(TableStateKey.EscapeId(frame.ConversationId), $"{ConversationPrefix}{ticks}|{TableStateKey.EscapeId(frame.Id)}");
        SetText(entity, WorkshopIdColumn, frame.Id);
        return entity;
    }
}
