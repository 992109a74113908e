using System.Diagnostics.Metrics;

namespace CjmBot.Storage.Telemetry;

/// <summary>The storage metrics, defined once; meters from the container's <see cref="IMeterFactory"/> (see ProtocolTelemetry).</summary>
public sealed class StorageTelemetry
{
    public const string Name = "CjmBot.Storage";
    public const string MethodTag = "http.request.method";

    public StorageTelemetry(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(Name);
        Requests = meter.CreateCounter<long>("cjmbot.storage.requests", "{request}", "HTTP requests sent to Table Storage (each retry counts), by method.");
    }

    public Counter<long> Requests { get; }
}
