using Azure.Data.Tables;
using CjmBot.Protocol.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CjmBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates the <c>Storage</c> section and registers <see cref="IStateStore"/> for the configured provider.
    /// Replaces any earlier <see cref="IStateStore"/> registration (such as a host's in-memory default).
    /// </summary>
    public static IServiceCollection AddCjmBotStorage(this IServiceCollection services)
    {
        services.AddOptions<TableStorageOptions>()
            .BindConfiguration(TableStorageOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(static provider =>
            new TableServiceClient(provider.GetRequiredService<IOptions<TableStorageOptions>>().Value.ConnectionString));
        services.TryAddSingleton<TableStateStore>();
        services.TryAddSingleton<MemoryStateStore>();

        // The provider is known only once configuration is read, so the choice is made on first resolution.
        services.RemoveAll<IStateStore>();
        services.AddSingleton<IStateStore>(static provider =>
            provider.GetRequiredService<IOptions<TableStorageOptions>>().Value.Provider switch
            {
                StorageProvider.Memory => provider.GetRequiredService<MemoryStateStore>(),
                _ => provider.GetRequiredService<TableStateStore>(),
            });
        return services;
    }
}
