using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace CjmBot.Testing;

/// <summary>One measurement: instrument name, value and tags.</summary>
public sealed record RecordedMeasurement(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags);

/// <summary>
/// Listens to the instruments of meters created by one <see cref="IMeterFactory"/> (one test host's), so that tests
/// running in parallel never see each other's measurements.
/// </summary>
public sealed class MetricRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<RecordedMeasurement> _measurements = new();

    public MetricRecorder(IMeterFactory factory)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, factory))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.Start();
    }

    public IReadOnlyList<RecordedMeasurement> Measurements => [.. _measurements];

    /// <summary>The measurements of <paramref name="instrument"/> whose tag <paramref name="tag"/> equals <paramref name="value"/> (any when null).</summary>
    public IReadOnlyList<RecordedMeasurement> Of(string instrument, string? tag = null, object? value = null) =>
        [.. _measurements.Where(m => m.Instrument == instrument && (tag is null || (m.Tags.TryGetValue(tag, out var actual) && Equals(actual, value))))];

    public double Sum(string instrument, string? tag = null, object? value = null) => Of(instrument, tag, value).Sum(m => m.Value);

    public void Dispose() => _listener.Dispose();

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>(tags.Length);
        foreach (var (key, tagValue) in tags)
        {
            copy[key] = tagValue;
        }

        _measurements.Enqueue(new RecordedMeasurement(instrument.Name, value, copy));
    }
}
