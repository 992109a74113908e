using System.Text.Json.Nodes;
using CjmBot.Protocol.Schema;
using CjmBot.Protocol.Serialization;
using CjmBot.Protocol.State;

namespace CjmBot.Bot.Workshops;

/// <summary>
/// Where to post into a workshop's conversation when nobody is talking (timers, reminders): the reference
/// of the thread the workshop was started in, kept in state so it survives restarts.
/// </summary>
public sealed class ConversationReferences(IStateStore state)
{
    public async Task SaveAsync(string workshopId, ConversationReference reference, CancellationToken cancellationToken)
    {
        var value = (JsonObject)JsonNode.Parse(ProtocolJson.Serialize(reference))!;
        await state.WriteAsync(Key(workshopId), value, IStateStore.AnyETag, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ConversationReference?> GetAsync(string workshopId, CancellationToken cancellationToken)
    {
        var item = await state.ReadAsync(Key(workshopId), cancellationToken).ConfigureAwait(false);
        return item is null ? null : ProtocolJson.Deserialize<ConversationReference>(item.Value.ToJsonString());
    }

    internal static string Key(string workshopId) => StateKeys.Build("reference", workshopId);
}
