using System.Text;
using Azure;
using Azure.Data.Tables;
using Azure.Data.Tables.Models;
using CjmBot.Protocol.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CjmBot.Storage;

/// <summary>
/// <see cref="IStateStore"/> on Azure Table Storage, one entity per key in the table <c>{prefix}State</c>
/// (key mapping in <see cref="TableStateKey"/>). The JSON value is split over string properties
/// <c>Json0…JsonN</c> plus <c>JsonChunks</c>, because one property holds at most 64 KiB. ETags are the service's own.
/// </summary>
public sealed class TableStateStore : IStateStore, IDisposable
{
    /// <summary>Characters per chunk: 60,000 bytes in UTF-16, safely under the 64 KiB property limit.</summary>
    public const int ChunkLength = 30_000;

    /// <summary>Characters per value: 1,000,000 bytes in UTF-16, leaving room for keys and property overhead in the 1 MiB entity.</summary>
    public const int MaxValueLength = 500_000;

    private const string ChunkCountProperty = "JsonChunks";
    private const string ChunkPropertyPrefix = "Json";

    private readonly TableServiceClient _serviceClient;
    private readonly string _tableName;
    private readonly ILogger<TableStateStore> _logger;
    private readonly SemaphoreSlim _tableGate = new(1, 1);
    private volatile TableClient? _table;

    public TableStateStore(TableServiceClient serviceClient, IOptions<TableStorageOptions> options, ILogger<TableStateStore> logger)
    {
        ArgumentNullException.ThrowIfNull(serviceClient);
        ArgumentNullException.ThrowIfNull(options);
        _serviceClient = serviceClient;
        _tableName = options.Value.StateTableName;
        _logger = logger;
    }

    public string TableName => _tableName;

    public async Task<StoreItem?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var (partitionKey, rowKey) = TableStateKey.Map(key);
        var table = await GetTableAsync(cancellationToken).ConfigureAwait(false);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        if (!response.HasValue || response.Value is not { } entity)
        {
            return null;
        }

        return new StoreItem(ReadJson(key, entity), entity.ETag.ToString());
    }

    public async Task<string> WriteAsync(string key, string json, string? eTag, CancellationToken cancellationToken)
    {
        var (partitionKey, rowKey) = TableStateKey.Map(key);
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > MaxValueLength)
        {
            Log.ValueTooLarge(_logger, key, json.Length, MaxValueLength);
            throw new ArgumentException(
                $"The state value for '{key}' has {json.Length} characters of JSON; the table store holds at most {MaxValueLength}.",
                nameof(json));
        }

        var entity = ToEntity(partitionKey, rowKey, json);
        var table = await GetTableAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var response = eTag switch
            {
                null => await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false),
                IStateStore.AnyETag => await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false),
                _ => await table.UpdateEntityAsync(entity, new ETag(eTag), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false),
            };
            return response.Headers.ETag?.ToString()
                ?? throw new InvalidOperationException($"Table Storage returned no ETag for the write of '{key}'.");
        }
        catch (RequestFailedException exception) when (IsWriteConflict(eTag, exception))
        {
            Log.WriteConflict(_logger, key, exception.Status);
            throw new StateConflictException(key);
        }
    }

    public async Task<bool> DeleteAsync(string key, string? eTag, CancellationToken cancellationToken)
    {
        var (partitionKey, rowKey) = TableStateKey.Map(key);
        var ifMatch = eTag is null or IStateStore.AnyETag ? ETag.All : new ETag(eTag);
        var table = await GetTableAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // The SDK reports a missing entity as a 404 response rather than an exception.
            var response = await table.DeleteEntityAsync(partitionKey, rowKey, ifMatch, cancellationToken).ConfigureAwait(false);
            return response.Status != 404;
        }
        catch (RequestFailedException exception) when (exception.Status == 404 && !IsTableMissing(exception))
        {
            return false;
        }
        catch (RequestFailedException exception) when (exception.Status == 412)
        {
            Log.DeleteConflict(_logger, key);
            throw new StateConflictException(key);
        }
    }

    public void Dispose() => _tableGate.Dispose();

    /// <summary>Creates the table on first use, once; a failed attempt is retried by the next call.</summary>
    private async ValueTask<TableClient> GetTableAsync(CancellationToken cancellationToken)
    {
        if (_table is { } ready)
        {
            return ready;
        }

        await _tableGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_table is null)
            {
                var table = _serviceClient.GetTableClient(_tableName);
                try
                {
                    await table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (RequestFailedException exception)
                {
                    Log.StateTableUnavailable(_logger, exception, _tableName);
                    throw;
                }

                Log.StateTableReady(_logger, _tableName);
                _table = table;
            }

            return _table;
        }
        finally
        {
            _tableGate.Release();
        }
    }

    private static bool IsWriteConflict(string? eTag, RequestFailedException exception) => eTag switch
    {
        null => exception.Status == 409 && exception.ErrorCode == TableErrorCode.EntityAlreadyExists.ToString(),
        IStateStore.AnyETag => false,
        _ => exception.Status == 412 || (exception.Status == 404 && !IsTableMissing(exception)),
    };

    private static bool IsTableMissing(RequestFailedException exception) =>
        exception.ErrorCode == TableErrorCode.TableNotFound.ToString();

    private static TableEntity ToEntity(string partitionKey, string rowKey, string json)
    {
        var entity = new TableEntity(partitionKey, rowKey);
        var chunks = 0;
        var offset = 0;
        while (offset < json.Length || chunks == 0)
        {
            var length = Math.Min(ChunkLength, json.Length - offset);
            // Never split a surrogate pair: a lone surrogate does not survive the trip as UTF-8.
            if (length > 0 && offset + length < json.Length && char.IsHighSurrogate(json[offset + length - 1]))
            {
                length--;
            }

            entity[ChunkPropertyPrefix + chunks.ToString(System.Globalization.CultureInfo.InvariantCulture)] = json.Substring(offset, length);
            offset += length;
            chunks++;
        }

        entity[ChunkCountProperty] = chunks;
        return entity;
    }

    private string ReadJson(string key, TableEntity entity)
    {
        if (entity.GetInt32(ChunkCountProperty) is not { } chunks || chunks < 1)
        {
            throw Damaged(key, $"{ChunkCountProperty} is missing or invalid");
        }

        var builder = new StringBuilder(chunks * ChunkLength);
        for (var index = 0; index < chunks; index++)
        {
            var chunk = entity.GetString(ChunkPropertyPrefix + index.ToString(System.Globalization.CultureInfo.InvariantCulture))
                ?? throw Damaged(key, $"chunk {index} of {chunks} is missing");
            builder.Append(chunk);
        }

        return builder.ToString();
    }

    private InvalidOperationException Damaged(string key, string problem)
    {
        Log.DamagedEntity(_logger, key, problem);
        return new InvalidOperationException($"The state entity for '{key}' is damaged: {problem}.");
    }
}
