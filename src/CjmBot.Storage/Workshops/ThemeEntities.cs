using System.Globalization;
using Azure.Data.Tables;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Questions;
using CjmBot.Workshops.Themes;
using static CjmBot.Storage.TableColumns;

namespace CjmBot.Storage.Workshops;

/// <summary>A theme as a themes row's <c>Themes</c> column holds it: id, label and answer ids (no answer texts).</summary>
internal sealed record ThemeColumn(string Id, string Label, List<string> AnswerIds);

/// <summary>
/// The insert-only <c>theme|{segment}|{lane}|{sequence}</c> rows of a workshop partition: one arrangement of a segment's
/// lane each. The sequence in the key makes two actions on the same arrangement conflict (409): only the first is written.
/// </summary>
internal static class ThemeEntities
{
    public const string Prefix = "theme|";

    public static TableEntity FromRecord(ThemeRecord record)
    {
        var entity = new TableEntity(
            WorkshopEntities.PartitionKey(record.WorkshopId),
            $"{Prefix}{TableStateKey.EscapeId(record.SegmentId)}|{record.Lane}|{record.Sequence.ToString("D6", CultureInfo.InvariantCulture)}");
        SetText(entity, "ThemeRecordId", record.Id);
        SetText(entity, "SegmentId", record.SegmentId);
        SetEnum<QuestionKey>(entity, "Lane", record.Lane);
        SetText(entity, "Themes", JsonColumns.Write(
            record.Themes.Select(theme => new ThemeColumn(theme.Id, theme.Label, [.. theme.AnswerIds])).ToList(), JsonColumns.Themes));
        SetText(entity, "ById", record.By.Id);
        SetText(entity, "ByName", record.By.Name);
        entity["At"] = record.At;
        entity["Sequence"] = record.Sequence;
        return entity;
    }

    public static ThemeRecord ToRecord(string workshopId, TableEntity entity) => new()
    {
        Id = RequiredText(entity, "ThemeRecordId"),
        WorkshopId = workshopId,
        SegmentId = RequiredText(entity, "SegmentId"),
        Lane = RequiredEnum<QuestionKey>(entity, "Lane"),
        Themes = [.. JsonColumns.Read(entity, "Themes", JsonColumns.Themes).Select(theme => new StoredTheme(theme.Id, theme.Label, theme.AnswerIds))],
        By = new Participant(RequiredText(entity, "ById"), RequiredText(entity, "ByName")),
        At = RequiredTime(entity, "At"),
        Sequence = RequiredInt(entity, "Sequence"),
    };
}
