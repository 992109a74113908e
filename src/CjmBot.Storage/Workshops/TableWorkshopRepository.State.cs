using Azure;
using Azure.Data.Tables;
using CjmBot.Workshops;
using CjmBot.Workshops.Writes;
using static CjmBot.Storage.TableColumns;

namespace CjmBot.Storage.Workshops;

/// <summary>
/// A workshop's own state items (<c>state|{name}</c>) and the cards posted for it (<c>card|{message id}</c>), in its
/// partition: written through the same door as everything else, so nothing is written once deletion began, and
/// deleted with the partition. Cards that belong to no workshop (help, the setup form) are kept per conversation
/// in the conversations table, under a partition of their own (<c>cards|{conversation}</c>) so that reading a
/// conversation's index never reads them.
/// </summary>
public sealed partial class TableWorkshopRepository
{
    /// <summary>One string column holds at most 64 KiB (32 K characters); state items are far smaller.</summary>
    public const int MaxStateLength = 30_000;

    private const string StatePrefix = "state|";
    private const string CardPrefix = "card|";
    private const string CardsPartitionPrefix = "cards|";
    private const string JsonColumn = "Json";

    public async Task<WorkshopStateItem?> ReadStateAsync(string workshopId, string name, CancellationToken cancellationToken)
    {
        var table = await _workshops.GetAsync(cancellationToken).ConfigureAwait(false);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(WorkshopEntities.PartitionKey(workshopId), StateRow(name), cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return found.HasValue && found.Value is { } entity ? new WorkshopStateItem(Read(entity, e => RequiredText(e, JsonColumn)), entity.ETag.ToString()) : null;
    }

    public async Task<string?> WriteStateAsync(string workshopId, string name, string json, string? eTag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.Length > MaxStateLength)
        {
            throw new ArgumentException($"State item '{name}' of workshop {workshopId} has {json.Length} characters; at most {MaxStateLength} fit.", nameof(json));
        }

        var entity = new TableEntity(WorkshopEntities.PartitionKey(workshopId), StateRow(name)) { [JsonColumn] = json };
        var action = eTag switch
        {
            null => new TableTransactionAction(TableTransactionActionType.Add, entity),
            WorkshopStateItem.AnyETag => new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity),
            _ => new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, new ETag(eTag)),
        };
        var (status, responses) = await SubmitForResponsesAsync(workshopId, operationId: null, [action], claimIndex: null, cancellationToken)
            .ConfigureAwait(false);
        return status switch
        {
            Submitted.Gone => null,
            Submitted.Conflict => throw new WorkshopStateConflictException(workshopId, name),
            _ => responses![0].Headers.ETag?.ToString() ?? throw new InvalidOperationException($"Table Storage returned no ETag for state item '{name}'."),
        };
    }

    public async Task<bool> DeleteStateAsync(string workshopId, string name, string? eTag, CancellationToken cancellationToken)
    {
        var table = await _workshops.GetAsync(cancellationToken).ConfigureAwait(false);
        var ifMatch = eTag is null or WorkshopStateItem.AnyETag ? ETag.All : new ETag(eTag);
        try
        {
            var response = await table.DeleteEntityAsync(WorkshopEntities.PartitionKey(workshopId), StateRow(name), ifMatch, cancellationToken)
                .ConfigureAwait(false);
            return response.Status != 404;
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return false;
        }
        catch (RequestFailedException exception) when (exception.Status == 412)
        {
            throw new WorkshopStateConflictException(workshopId, name);
        }
    }

    public async Task<WriteOutcome> RecordCardAsync(PostedCard card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        var partitionKey = card.WorkshopId is { } workshopId ? WorkshopEntities.PartitionKey(workshopId) : CardsPartition(card.ConversationId);
        var entity = new TableEntity(partitionKey, CardPrefix + TableStateKey.EscapeId(card.MessageId));
        SetText(entity, "ConversationId", card.ConversationId);
        SetText(entity, "MessageId", card.MessageId);
        SetText(entity, "CardKind", card.Kind);
        SetText(entity, "PostedFor", card.PostedFor);
        if (card.WorkshopId is { } owner)
        {
            return Outcome(await SubmitAsync(
                owner, operationId: null, [new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity)], claimIndex: null, cancellationToken)
                .ConfigureAwait(false));
        }

        var conversations = await _conversations.GetAsync(cancellationToken).ConfigureAwait(false);
        await conversations.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        return WriteOutcome.Written;
    }

    public async Task<PostedCard?> FindCardAsync(string conversationId, string? workshopId, string messageId, CancellationToken cancellationToken)
    {
        var table = workshopId is null
            ? await _conversations.GetAsync(cancellationToken).ConfigureAwait(false)
            : await _workshops.GetAsync(cancellationToken).ConfigureAwait(false);
        var partitionKey = workshopId is null ? CardsPartition(conversationId) : WorkshopEntities.PartitionKey(workshopId);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, CardPrefix + TableStateKey.EscapeId(messageId), cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        if (!found.HasValue || found.Value is not { } entity)
        {
            return null;
        }

        var card = Read(entity, e => new PostedCard(
            RequiredText(e, "ConversationId"), RequiredText(e, "MessageId"), RequiredText(e, "CardKind"), workshopId, e.GetString("PostedFor")));
        return card.ConversationId == conversationId ? card : null;
    }

    private static string StateRow(string name) => StatePrefix + TableStateKey.EscapeId(name);

    private static string CardsPartition(string conversationId) => CardsPartitionPrefix + TableStateKey.EscapeId(conversationId);
}
