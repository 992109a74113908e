using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CjmBot.Protocol.Telemetry;

/// <summary>
/// The protocol layer's traces and metrics, defined once. Meters come from the container's <see cref="IMeterFactory"/>,
/// so every service provider (every test host) has instruments of its own. Recording costs next to nothing while no
/// exporter or listener is attached: callers check <see cref="Instrument.Enabled"/> before building tags.
/// </summary>
public sealed class ProtocolTelemetry
{
    public const string Name = "CjmBot.Protocol";
    public const string ActivityTypeTag = "cjmbot.activity.type";
    public const string StatusCodeTag = "http.response.status_code";
    public const string ErrorTypeTag = "error.type";

    /// <summary>Spans of turns. Static because an <see cref="System.Diagnostics.ActivitySource"/> has no factory; listeners pick it by name.</summary>
    public static readonly ActivitySource ActivitySource = new(Name);

    public ProtocolTelemetry(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(Name);
        Turns = meter.CreateCounter<long>("cjmbot.turns", "{turn}", "Turns run (inbound activities and proactive continuations), by activity type.");
        TurnDuration = meter.CreateHistogram<double>("cjmbot.turn.duration", "s", "Time a turn spent in the middleware and the bot, by activity type.");
        ConnectorRequests = meter.CreateCounter<long>(
            "cjmbot.connector.requests", "{request}", "HTTP attempts to the Bot Connector (each retry counts), by response status; 0 and error.type when none arrived.");
    }

    public Counter<long> Turns { get; }

    public Histogram<double> TurnDuration { get; }

    public Counter<long> ConnectorRequests { get; }
}
