using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;

namespace CjmBot.Storage;

/// <summary>
/// A table created on first use, once per process; a failed attempt is retried by the next call. After that,
/// getting the table costs no request, so the hot paths pay only for their own reads and writes.
/// </summary>
internal sealed class LazyTable(TableServiceClient serviceClient, string tableName, ILogger logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile TableClient? _table;

    public string Name => tableName;

    public async ValueTask<TableClient> GetAsync(CancellationToken cancellationToken)
    {
        if (_table is { } ready)
        {
            return ready;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_table is null)
            {
                var table = serviceClient.GetTableClient(tableName);
                try
                {
                    await table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (RequestFailedException exception)
                {
                    Log.TableUnavailable(logger, exception, tableName);
                    throw;
                }

                Log.TableReady(logger, tableName);
                _table = table;
            }

            return _table;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
