using Azure.Core;
using Azure.Data.Tables;
using CjmBot.Protocol.State;
using CjmBot.Storage.Scheduling;
using CjmBot.Storage.Workshops;
using CjmBot.Workshops;
using CjmBot.Workshops.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CjmBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates the <c>Storage</c> section and registers <see cref="IStateStore"/>,
    /// <see cref="IWorkshopRepository"/> and <see cref="IScheduledJobStore"/> for the configured provider.
    /// Replaces any earlier registration of them (such as a host's in-memory defaults).
    /// </summary>
    public static IServiceCollection AddCjmBotStorage(this IServiceCollection services)
    {
        services.AddOptions<TableStorageOptions>()
            .BindConfiguration(TableStorageOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton<StorageRequestCounter>();
        services.TryAddSingleton(static provider =>
        {
            var clientOptions = new TableClientOptions();
            clientOptions.AddPolicy(new StorageRequestCountingPolicy(provider.GetRequiredService<StorageRequestCounter>()), HttpPipelinePosition.PerRetry);
            clientOptions.AddPolicy(new StorageUnavailablePolicy(), HttpPipelinePosition.PerCall);
            return new TableServiceClient(provider.GetRequiredService<IOptions<TableStorageOptions>>().Value.ConnectionString, clientOptions);
        });
        services.TryAddSingleton<TableStateStore>();
        services.TryAddSingleton<MemoryStateStore>();
        services.TryAddSingleton<TableWorkshopRepository>();
        services.TryAddSingleton<InMemoryWorkshopRepository>();
        services.TryAddSingleton<TableScheduledJobStore>();
        services.TryAddSingleton<InMemoryScheduledJobStore>();

        // The provider is known only once configuration is read, so the choice is made on first resolution.
        services.RemoveAll<IStateStore>();
        services.AddSingleton<IStateStore>(static provider => IsMemory(provider)
            ? provider.GetRequiredService<MemoryStateStore>()
            : provider.GetRequiredService<TableStateStore>());
        services.RemoveAll<IWorkshopRepository>();
        services.AddSingleton<IWorkshopRepository>(static provider => IsMemory(provider)
            ? provider.GetRequiredService<InMemoryWorkshopRepository>()
            : provider.GetRequiredService<TableWorkshopRepository>());
        services.RemoveAll<IScheduledJobStore>();
        services.AddSingleton<IScheduledJobStore>(static provider => IsMemory(provider)
            ? provider.GetRequiredService<InMemoryScheduledJobStore>()
            : provider.GetRequiredService<TableScheduledJobStore>());
        return services;
    }

    private static bool IsMemory(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<TableStorageOptions>>().Value.Provider == StorageProvider.Memory;
}
