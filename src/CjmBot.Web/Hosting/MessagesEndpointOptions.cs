using System.ComponentModel.DataAnnotations;

namespace CjmBot.Web.Hosting;

/// <summary>Limits of <c>POST /api/messages</c> (section <c>MessagesEndpoint</c>).</summary>
public sealed class MessagesEndpointOptions
{
    public const string SectionName = "MessagesEndpoint";

    /// <summary>Larger bodies are refused with 413; Teams activities are far smaller.</summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// How long one turn may run. Deliberately not the request's token: Teams stops waiting after about
    /// 15 seconds and redelivers, but a turn that already sent messages should still finish its work.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan TurnTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A message activity is acknowledged as soon as its turn begins to reply (what it records is stored by then) or ends,
    /// and at the latest after this long; the turn goes on (its replies wait for the Bot Connector), so a slow connector
    /// never makes Teams redeliver. Only storage that is slow to answer (its retries) comes near this.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:00:12")]
    public TimeSpan AcknowledgeWithin { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The longest an invoke (a card click) waits for its answer; the answer is sent as soon as it is known, before the
    /// turn's posts for the group. Past the budget the client gets a neutral "working on it" and the turn goes on.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:00:12")]
    public TimeSpan InvokeBudget { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Turns running past their request at most; beyond, a request waits for its turn to end (memory stays bounded).</summary>
    [Range(1, 100_000)]
    public int MaxTurnsUnderway { get; set; } = 1000;
}
