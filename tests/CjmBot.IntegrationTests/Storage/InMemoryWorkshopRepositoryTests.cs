using CjmBot.Workshops;

namespace CjmBot.IntegrationTests.Storage;

public sealed class InMemoryWorkshopRepositoryTests : WorkshopRepositoryContractTests
{
    protected override IWorkshopRepository Repository { get; } = new InMemoryWorkshopRepository();
}
