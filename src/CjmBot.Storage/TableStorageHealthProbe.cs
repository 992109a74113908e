using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CjmBot.Storage;

/// <summary>
/// Asks the Table service for the state table by name: one request that needs no table to exist and only the
/// permissions the bot has anyway. The in-memory provider has nothing to reach and is always healthy.
/// </summary>
public sealed class TableStorageHealthProbe(IOptions<TableStorageOptions> options, IServiceProvider services) : IStorageHealthProbe
{
    public async Task ProbeAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.Provider == StorageProvider.Memory)
        {
            return;
        }

        // The client is resolved here, not injected: the memory provider has no connection to build one from.
        await ProbeAsync(services.GetRequiredService<TableServiceClient>(), settings.StateTableName, cancellationToken).ConfigureAwait(false);
    }

    internal static async Task ProbeAsync(TableServiceClient client, string tableName, CancellationToken cancellationToken)
    {
        // Table names are letters and digits only (validated), so the filter needs no escaping.
        await foreach (var page in client.QueryAsync($"TableName eq '{tableName}'", maxPerPage: 1, cancellationToken).AsPages().ConfigureAwait(false))
        {
            break;
        }
    }
}
