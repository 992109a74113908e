using System.Globalization;
using System.Text;
using CjmBot.Protocol.State;

namespace CjmBot.Storage;

/// <summary>
/// Maps a state key to Table Storage keys: PartitionKey = the key up to its last <c>/</c>, RowKey = the last
/// segment, so all items of one scope and conversation share a partition. Table keys may not contain
/// <c>/</c>, so both halves are escaped with <c>~XX</c> for <c>/</c>, <c>%</c> and <c>~</c> itself. The mapping is
/// injective (no two state keys share an entity), and keeps <c>%</c> out of the keys: the service and Azurite
/// have a history of failing point operations on keys containing <c>%</c>.
/// </summary>
internal static class TableStateKey
{
    /// <summary>1 KiB per key property, UTF-16.</summary>
    public const int MaxTableKeyLength = 512;

    public static (string PartitionKey, string RowKey) Map(string key)
    {
        StateKeys.Validate(key);
        var separator = key.LastIndexOf('/');
        if (separator < 0)
        {
            throw new ArgumentException("State keys have the form scope/part…; build them with StateKeys.", nameof(key));
        }

        foreach (var c in key)
        {
            if (c is '\\' or '#' or '?' || char.IsControl(c))
            {
                throw new ArgumentException(
                    $"State key contains U+{(int)c:X4}, which Table Storage keys forbid; build keys with StateKeys.", nameof(key));
            }
        }

        var partitionKey = Escape(key.AsSpan(0, separator));
        var rowKey = Escape(key.AsSpan(separator + 1));
        if (partitionKey.Length > MaxTableKeyLength || rowKey.Length > MaxTableKeyLength)
        {
            throw new ArgumentException(
                $"State key is too long for Table Storage: each half must stay within {MaxTableKeyLength} characters after escaping.", nameof(key));
        }

        return (partitionKey, rowKey);
    }

    /// <summary>
    /// Turns any id (Teams conversation, user, activity and workshop ids, job keys) into one legal Table Storage
    /// key: the characters keys forbid (<c>/ \ # ?</c>, control characters), <c>%</c> and the escape character
    /// <c>~</c> become <c>~XX</c>. Because <c>~</c> is always escaped, distinct ids never share a key.
    /// </summary>
    public static string EscapeId(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        var escaped = Escape(id);
        if (escaped.Length > MaxTableKeyLength)
        {
            throw new ArgumentException(
                $"The id is too long for a Table Storage key: at most {MaxTableKeyLength} characters after escaping.", nameof(id));
        }

        return escaped;
    }

    /// <summary>
    /// State keys never hold <c>\ # ?</c> or control characters (<see cref="Map"/> refuses them first), so for them
    /// this is exactly the original <c>/ % ~</c> escaping and stored state keeps its keys.
    /// </summary>
    private static string Escape(ReadOnlySpan<char> value)
    {
        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (c is '/' or '\\' or '#' or '?' or '%' or '~' || char.IsControl(c))
            {
                // Every character that needs escaping is below U+0100 (control characters end at U+009F).
                builder.Append('~').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
