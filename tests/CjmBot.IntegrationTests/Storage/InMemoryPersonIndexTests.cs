using CjmBot.Workshops;

namespace CjmBot.IntegrationTests.Storage;

public sealed class InMemoryPersonIndexTests : PersonIndexContractTests
{
    protected override IWorkshopRepository Repository { get; } = new InMemoryWorkshopRepository();
}
