using System.ComponentModel.DataAnnotations;

namespace CjmBot.Protocol.Connector;

/// <summary>Retry policy of the Bot Connector client (section <c>ConnectorClient</c>).</summary>
public sealed class ConnectorClientOptions
{
    public const string SectionName = "ConnectorClient";

    /// <summary>Retries after the first attempt; 0 turns retrying off.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first back-off delay when the connector gives no Retry-After; doubles per retry.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan BaseRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>No single wait is longer than this, whatever Retry-After asks for.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:05:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(20);
}
