using CjmBot.Workshops;

namespace CjmBot.IntegrationTests.Storage;

public sealed class InMemoryWorkshopChangesTests : WorkshopChangesContractTests
{
    private readonly InMemoryWorkshopRepository _repository = new();

    protected override IWorkshopRepository Repository => _repository;

    /// <summary>In memory there is one process: the other instance is the same store.</summary>
    protected override IWorkshopRepository OtherInstance => _repository;
}
