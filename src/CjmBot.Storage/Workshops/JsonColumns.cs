using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Azure.Data.Tables;

namespace CjmBot.Storage.Workshops;

/// <summary>A segment as its frame's <c>Segments</c> column holds it.</summary>
internal sealed record SegmentColumn(string Id, string Name, string Portrait);

/// <summary>A blind round as the progress row's <c>Blind</c> column holds it (the question by its name; none for a whole stage).</summary>
internal sealed record BlindColumn(int Segment, int Stage, string? Question)
{
    public static BlindColumn Of(CjmBot.Workshops.Progress.BlindRound round) => new(round.Segment, round.Stage, round.Question?.ToString());

    public CjmBot.Workshops.Progress.BlindRound ToRound(TableEntity entity) => new(Segment, Stage, Question is null ? null
        : Enum.TryParse<CjmBot.Workshops.Questions.QuestionKey>(Question, out var key) ? key
        : throw TableColumns.Damaged(entity, $"the blind round's question {Question} is unknown"));
}

/// <summary>
/// The JSON text columns of the workshop rows (stages, segments, facilitators, a ballot's votes), through the storage's
/// one source-generated context. Letters stay unescaped: a Cyrillic name costs one character, not six.
/// </summary>
internal static class JsonColumns
{
    private static readonly StorageJsonContext Context = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static JsonTypeInfo<List<string>> Strings => Context.ListString;

    public static JsonTypeInfo<List<SegmentColumn>> Segments => Context.ListSegmentColumn;

    public static JsonTypeInfo<SortedDictionary<string, int>> Counts => Context.SortedDictionaryStringInt32;

    public static JsonTypeInfo<List<BlindColumn>> BlindRounds => Context.ListBlindColumn;
    public static JsonTypeInfo<List<ThemeColumn>> Themes => Context.ListThemeColumn;

    public static string Write<T>(T value, JsonTypeInfo<T> type) => JsonSerializer.Serialize(value, type);

    /// <summary>The column's value; a missing, empty or unreadable column is a damaged entity.</summary>
    public static T Read<T>(TableEntity entity, string column, JsonTypeInfo<T> type)
    {
        var json = TableColumns.RequiredText(entity, column);
        try
        {
            return JsonSerializer.Deserialize(json, type) ?? throw TableColumns.Damaged(entity, $"the column {column} is null");
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"The entity {entity.PartitionKey}/{entity.RowKey} is damaged: the column {column} is not the JSON expected.", exception);
        }
    }
}

[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(List<SegmentColumn>))]
[JsonSerializable(typeof(SortedDictionary<string, int>))]
[JsonSerializable(typeof(List<BlindColumn>))]
[JsonSerializable(typeof(List<ThemeColumn>))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
