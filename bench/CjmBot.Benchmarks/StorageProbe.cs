using Azure;
using Azure.Data.Tables;

namespace CjmBot.Benchmarks;

/// <summary>Checks, before anything is measured, that Table Storage answers at the configured connection string.</summary>
internal static class StorageProbe
{
    public static async Task<string?> FindProblemAsync(string connectionString, CancellationToken cancellationToken)
    {
        try
        {
            var client = new TableServiceClient(connectionString, Options());
            await foreach (var _ in client.QueryAsync(filter: (string?)null, maxPerPage: 1, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                break;
            }

            return null;
        }
        catch (Exception exception) when (exception is RequestFailedException or FormatException or ArgumentException or InvalidOperationException)
        {
            return $"{exception.GetType().Name}: {exception.Message.Split('\n')[0].Trim()}";
        }
    }

    /// <summary>Removes this run's tables, so that runs against a persistent Azurite leave nothing behind.</summary>
    public static async Task DeleteTablesAsync(string connectionString, IEnumerable<string> tables, CancellationToken cancellationToken)
    {
        var client = new TableServiceClient(connectionString, Options());
        foreach (var table in tables)
        {
            try
            {
                await client.DeleteTableAsync(table, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException exception)
            {
                Console.Error.WriteLine($"Could not delete table {table}: {exception.Status} {exception.ErrorCode}");
            }
        }
    }

    private static TableClientOptions Options()
    {
        var options = new TableClientOptions();
        options.Retry.MaxRetries = 0;
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(5);
        return options;
    }
}
