using CjmBot.Protocol.State;

namespace CjmBot.IntegrationTests.Storage;

public sealed class MemoryStateStoreTests : StateStoreContractTests
{
    protected override IStateStore Store { get; } = new MemoryStateStore();
}
