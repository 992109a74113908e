using Azure.Core;
using Azure.Core.Pipeline;
using CjmBot.Storage.Telemetry;

namespace CjmBot.Storage;

/// <summary>Feeds <see cref="StorageRequestCounter"/>; added per retry, so it sees every request that goes on the wire.</summary>
internal sealed class StorageRequestCountingPolicy(StorageRequestCounter counter, StorageTelemetry telemetry) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        counter.Increment(message.Request.Method.Method, message.Request.Uri.Path);
        if (telemetry.Requests.Enabled)
        {
            telemetry.Requests.Add(1, new KeyValuePair<string, object?>(StorageTelemetry.MethodTag, message.Request.Method.Method));
        }
    }
}
