using System.Globalization;
using Azure.Data.Tables;

namespace CjmBot.Storage;

/// <summary>Typed reads and checked writes of explicit entity columns; a missing or malformed column is reported by name.</summary>
internal static class TableColumns
{
    /// <summary>One string property holds at most 64 KiB, UTF-16; a little is kept back for the property's overhead.</summary>
    public const int MaxTextLength = 32_000;

    /// <summary>Sets a text column, leaving it out when null (a missing column reads back as null).</summary>
    public static void SetText(TableEntity entity, string column, string? value)
    {
        if (value is null)
        {
            return;
        }

        if (value.Length > MaxTextLength)
        {
            throw new ArgumentException(
                $"The column {column} would hold {value.Length} characters; Table Storage holds at most {MaxTextLength} in one property.",
                nameof(value));
        }

        entity[column] = value;
    }

    public static void SetEnum<TEnum>(TableEntity entity, string column, TEnum? value)
        where TEnum : struct, Enum
    {
        if (value is { } present)
        {
            entity[column] = present.ToString();
        }
    }

    public static string RequiredText(TableEntity entity, string column) =>
        entity.GetString(column) ?? throw Missing(entity, column);

    public static int RequiredInt(TableEntity entity, string column) =>
        entity.GetInt32(column) ?? throw Missing(entity, column);

    public static bool RequiredBool(TableEntity entity, string column) =>
        entity.GetBoolean(column) ?? throw Missing(entity, column);

    public static DateTimeOffset RequiredTime(TableEntity entity, string column) =>
        entity.GetDateTimeOffset(column) ?? throw Missing(entity, column);

    public static TEnum RequiredEnum<TEnum>(TableEntity entity, string column)
        where TEnum : struct, Enum =>
        OptionalEnum<TEnum>(entity, column) ?? throw Missing(entity, column);

    public static TEnum? OptionalEnum<TEnum>(TableEntity entity, string column)
        where TEnum : struct, Enum
    {
        if (entity.GetString(column) is not { } text)
        {
            return null;
        }

        // Names only: a number that happens to parse would hide a damaged or foreign row.
        return Enum.TryParse<TEnum>(text, ignoreCase: false, out var value) && Enum.IsDefined(value)
            && !char.IsAsciiDigit(text[0]) && text[0] != '-'
            ? value
            : throw Damaged(entity, $"the column {column} holds '{text}', which is no {typeof(TEnum).Name}");
    }

    public static InvalidDataException Damaged(TableEntity entity, string problem) =>
        new(string.Create(CultureInfo.InvariantCulture, $"The entity {entity.PartitionKey}/{entity.RowKey} is damaged: {problem}."));

    private static InvalidDataException Missing(TableEntity entity, string column) =>
        Damaged(entity, $"the column {column} is missing or of the wrong type");
}
