namespace CjmBot.Protocol.Telemetry;

/// <summary>
/// Counts Bot Connector attempts by status. Innermost in the connector's handler chain, so that every retry is seen
/// with its own status (a 429 followed by a 200 counts once each).
/// </summary>
public sealed class ConnectorTelemetryHandler(ProtocolTelemetry telemetry) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (telemetry.ConnectorRequests.Enabled)
        {
            telemetry.ConnectorRequests.Add(
                1,
                new KeyValuePair<string, object?>(ProtocolTelemetry.StatusCodeTag, 0),
                new KeyValuePair<string, object?>(ProtocolTelemetry.ErrorTypeTag, exception.GetType().Name));
            throw;
        }

        if (telemetry.ConnectorRequests.Enabled)
        {
            telemetry.ConnectorRequests.Add(1, new KeyValuePair<string, object?>(ProtocolTelemetry.StatusCodeTag, (int)response.StatusCode));
        }

        return response;
    }
}
