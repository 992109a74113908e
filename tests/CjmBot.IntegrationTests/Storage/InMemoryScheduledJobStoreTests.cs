using CjmBot.Workshops.Scheduling;

namespace CjmBot.IntegrationTests.Storage;

public sealed class InMemoryScheduledJobStoreTests : ScheduledJobStoreContractTests
{
    protected override IScheduledJobStore Store { get; } = new InMemoryScheduledJobStore();
}
