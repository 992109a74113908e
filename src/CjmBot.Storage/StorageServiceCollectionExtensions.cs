using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using CjmBot.Protocol.State;
using CjmBot.Storage.Scheduling;
using CjmBot.Storage.Telemetry;
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

        services.AddMetrics();
        services.TryAddSingleton<StorageTelemetry>();
        services.TryAddSingleton<StorageRequestCounter>();
        services.TryAddSingleton(static provider =>
        {
            var clientOptions = new TableClientOptions();
            clientOptions.AddPolicy(new StorageRequestCountingPolicy(provider.GetRequiredService<StorageRequestCounter>(), provider.GetRequiredService<StorageTelemetry>()), HttpPipelinePosition.PerRetry);
            clientOptions.AddPolicy(new StorageUnavailablePolicy(), HttpPipelinePosition.PerCall);
            return CreateServiceClient(provider.GetRequiredService<IOptions<TableStorageOptions>>().Value, clientOptions);
        });
        services.TryAddSingleton<IStorageHealthProbe, TableStorageHealthProbe>();
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

    /// <summary>A connection string when one is set, otherwise the service endpoint with a token credential.</summary>
    internal static TableServiceClient CreateServiceClient(TableStorageOptions options, TableClientOptions clientOptions)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return new TableServiceClient(options.ConnectionString, clientOptions);
        }

        var serviceUri = options.ServiceUri
            ?? throw new InvalidOperationException("Storage:ConnectionString or Storage:ServiceUri is required.");
        TokenCredential credential = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
        return new TableServiceClient(serviceUri, credential, clientOptions);
    }

    private static bool IsMemory(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<TableStorageOptions>>().Value.Provider == StorageProvider.Memory;
}
