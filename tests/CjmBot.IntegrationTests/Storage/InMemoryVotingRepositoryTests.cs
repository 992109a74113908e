using CjmBot.Workshops;

namespace CjmBot.IntegrationTests.Storage;

public sealed class InMemoryVotingRepositoryTests : VotingRepositoryContractTests
{
    protected override IWorkshopRepository Repository { get; } = new InMemoryWorkshopRepository();
}
