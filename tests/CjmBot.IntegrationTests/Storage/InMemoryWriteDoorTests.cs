using CjmBot.Workshops;

namespace CjmBot.IntegrationTests.Storage;

public sealed class InMemoryWriteDoorTests : WriteDoorContractTests
{
    protected override IWorkshopRepository Repository { get; } = new InMemoryWorkshopRepository();
}
