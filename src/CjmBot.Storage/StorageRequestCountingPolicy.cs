using Azure.Core;
using Azure.Core.Pipeline;

namespace CjmBot.Storage;

/// <summary>Feeds <see cref="StorageRequestCounter"/>; added per retry, so it sees every request that goes on the wire.</summary>
internal sealed class StorageRequestCountingPolicy(StorageRequestCounter counter) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message) => counter.Increment();
}
