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
}
