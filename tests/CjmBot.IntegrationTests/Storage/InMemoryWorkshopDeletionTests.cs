using CjmBot.Workshops;
using CjmBot.Workshops.Scheduling;

namespace CjmBot.IntegrationTests.Storage;

public sealed class InMemoryWorkshopDeletionTests : WorkshopDeletionContractTests
{
    protected override IWorkshopRepository Repository { get; } = new InMemoryWorkshopRepository();

    protected override IScheduledJobStore Jobs { get; } = new InMemoryScheduledJobStore();
}
