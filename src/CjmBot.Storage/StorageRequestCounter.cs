using System.Collections.Concurrent;

namespace CjmBot.Storage;

/// <summary>
/// Counts the HTTP requests sent to Table Storage by the clients <c>AddCjmBotStorage</c> creates (every attempt,
/// retries included), so a benchmark can report storage round trips per answer, in total and by kind
/// (method, table, point or query, and for state items the key's scope). One per process; thread-safe.
/// </summary>
public sealed class StorageRequestCounter
{
    private readonly ConcurrentDictionary<string, long> _byKind = new(StringComparer.Ordinal);
    private long _requests;

    /// <summary>Requests sent since the process started.</summary>
    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>Requests sent since the process started, by kind, e.g. <c>GET state(async-current,)</c> or <c>POST workshops</c>.</summary>
    public IReadOnlyDictionary<string, long> ByKind() => new Dictionary<string, long>(_byKind, StringComparer.Ordinal);

    internal void Increment(string method, string path)
    {
        Interlocked.Increment(ref _requests);
        _byKind.AddOrUpdate(Kind(method, path), 1, static (_, count) => count + 1);
    }

    /// <summary>
    /// <c>/account/Table(PartitionKey='a',RowKey='b')</c> → <c>METHOD Table(a,b)</c> with both keys cut to their scope;
    /// <c>/account/Table()</c> → <c>METHOD Table()</c> (a query); <c>/account/Table</c> → <c>METHOD Table</c> (an insert).
    /// </summary>
    internal static string Kind(string method, string path)
    {
        var span = path.AsSpan().TrimStart('/');
        var slash = span.IndexOf('/');
        if (slash >= 0)
        {
            span = span[(slash + 1)..];
        }

        var open = span.IndexOf('(');
        if (open < 0)
        {
            return method + " " + span.ToString();
        }

        var table = span[..open].ToString();
        var keys = span[(open + 1)..];
        return keys.IsEmpty || keys[0] == ')'
            ? method + " " + table + "()"
            : method + " " + table + "(" + Prefix(keys, "PartitionKey='") + "," + Prefix(keys, "RowKey='") + ")";
    }

    /// <summary>The key's leading letters and dashes: its scope (<c>async-current</c>, <c>map-render</c>, <c>frame</c>), or <c>…</c> for an id.</summary>
    private static string Prefix(ReadOnlySpan<char> keys, string marker)
    {
        var at = keys.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return "";
        }

        var key = keys[(at + marker.Length)..];
        var length = 0;
        while (length < key.Length && (char.IsAsciiLetter(key[length]) || key[length] == '-'))
        {
            length++;
        }

        // A scope ends at an escape, a separator or the key's end; a cut at anything else (a digit) is inside an id.
        return length == key.Length || key[length] is '~' or '|' or '\'' ? key[..length].ToString() : "…";
    }
}
