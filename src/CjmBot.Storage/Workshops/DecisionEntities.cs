using System.Globalization;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using CjmBot.Protocol.Serialization;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Voting;
using static CjmBot.Storage.TableColumns;

namespace CjmBot.Storage.Workshops;

/// <summary>
/// The voting rows of a workshop partition: <c>vote|config</c> (open or closed, budget), one
/// <c>vote|{segment}|{voter}</c> ballot per voter and segment (the voter's to replace), and insert-only
/// <c>action|{id}</c> and <c>concl|{id}</c> records.
/// </summary>
internal static class DecisionEntities
{
    public const string VotingRow = "vote|config";
    public const string BallotPrefix = "vote|";
    public const string ActionItemPrefix = "action|";
    public const string ConclusionPrefix = "concl|";

    private const string DateFormat = "yyyy-MM-dd";

    public static string BallotRow(string segmentId, string voterId) =>
        $"{BallotPrefix}{TableStateKey.EscapeId(segmentId)}|{TableStateKey.EscapeId(voterId)}";

    // Voting state -----------------------------------------------------------------------------------------------

    public static TableEntity FromVoting(string workshopId, VotingState voting)
    {
        var entity = new TableEntity(WorkshopEntities.PartitionKey(workshopId), VotingRow);
        SetEnum<VotingStatus>(entity, "Status", voting.Status);
        entity["Budget"] = voting.Budget;
        if (voting.OnThemes)
        {
            entity["OnThemes"] = true;
        }

        if (voting.ChangedAt is { } at)
        {
            entity["ChangedAt"] = at;
        }

        SetText(entity, "ChangedById", voting.ChangedBy?.Id);
        SetText(entity, "ChangedByName", voting.ChangedBy?.Name);
        return entity;
    }

    public static VotingState ToVoting(TableEntity entity) => new(
        RequiredEnum<VotingStatus>(entity, "Status"),
        RequiredInt(entity, "Budget"),
        entity.GetDateTimeOffset("ChangedAt"),
        entity.GetString("ChangedById") is { } id ? new Participant(id, RequiredText(entity, "ChangedByName")) : null)
    {
        OnThemes = entity.GetBoolean("OnThemes") ?? false,
    };

    // Ballots ----------------------------------------------------------------------------------------------------

    public static TableEntity FromBallot(Ballot ballot)
    {
        var entity = new TableEntity(WorkshopEntities.PartitionKey(ballot.WorkshopId), BallotRow(ballot.SegmentId, ballot.Voter.Id));
        SetText(entity, "SegmentId", ballot.SegmentId);
        SetText(entity, "VoterId", ballot.Voter.Id);
        SetText(entity, "VoterName", ballot.Voter.Name);
        var votes = new SortedDictionary<string, int>(ballot.Votes.Where(v => v.Value > 0).ToDictionary(), StringComparer.Ordinal);
        SetText(entity, "Votes", JsonColumns.Write(votes, JsonColumns.Counts));
        entity["At"] = ballot.At;
        return entity;
    }

    public static Ballot ToBallot(string workshopId, TableEntity entity) => new(
        workshopId,
        RequiredText(entity, "SegmentId"),
        new Participant(RequiredText(entity, "VoterId"), RequiredText(entity, "VoterName")),
        ReadVotes(entity),
        RequiredTime(entity, "At"));

    // Action items -----------------------------------------------------------------------------------------------

    public static TableEntity FromActionItem(ActionItem item)
    {
        var entity = new TableEntity(WorkshopEntities.PartitionKey(item.WorkshopId), ActionItemPrefix + TableStateKey.EscapeId(item.Id));
        SetText(entity, "ActionItemId", item.Id);
        SetText(entity, "AnswerId", item.AnswerId);
        SetText(entity, "SegmentId", item.SegmentId);
        SetText(entity, "Text", item.Text);
        SetText(entity, "OwnerId", item.Owner.Id);
        SetText(entity, "OwnerName", item.Owner.Name);
        SetText(entity, "Due", item.Due.ToString(DateFormat, CultureInfo.InvariantCulture));
        SetText(entity, "AssignedById", item.AssignedBy.Id);
        SetText(entity, "AssignedByName", item.AssignedBy.Name);
        entity["At"] = item.At;
        return entity;
    }

    public static ActionItem ToActionItem(string workshopId, TableEntity entity) => new()
    {
        Id = RequiredText(entity, "ActionItemId"),
        WorkshopId = workshopId,
        AnswerId = RequiredText(entity, "AnswerId"),
        SegmentId = RequiredText(entity, "SegmentId"),
        Text = RequiredText(entity, "Text"),
        Owner = new Participant(RequiredText(entity, "OwnerId"), RequiredText(entity, "OwnerName")),
        Due = DateOnly.TryParseExact(RequiredText(entity, "Due"), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var due)
            ? due
            : throw Damaged(entity, "the column Due is not a yyyy-MM-dd date"),
        AssignedBy = new Participant(RequiredText(entity, "AssignedById"), RequiredText(entity, "AssignedByName")),
        At = RequiredTime(entity, "At"),
    };

    // Conclusions ------------------------------------------------------------------------------------------------

    public static TableEntity FromConclusion(Conclusion conclusion)
    {
        var entity = new TableEntity(WorkshopEntities.PartitionKey(conclusion.WorkshopId), ConclusionPrefix + TableStateKey.EscapeId(conclusion.Id));
        SetText(entity, "ConclusionId", conclusion.Id);
        SetEnum<ConclusionTopic>(entity, "Topic", conclusion.Topic);
        SetText(entity, "Text", conclusion.Text);
        SetText(entity, "AuthorId", conclusion.Author.Id);
        SetText(entity, "AuthorName", conclusion.Author.Name);
        entity["At"] = conclusion.At;
        return entity;
    }

    public static Conclusion ToConclusion(string workshopId, TableEntity entity) => new()
    {
        Id = RequiredText(entity, "ConclusionId"),
        WorkshopId = workshopId,
        Topic = RequiredEnum<ConclusionTopic>(entity, "Topic"),
        Text = RequiredText(entity, "Text"),
        Author = new Participant(RequiredText(entity, "AuthorId"), RequiredText(entity, "AuthorName")),
        At = RequiredTime(entity, "At"),
    };

    private static Dictionary<string, int> ReadVotes(TableEntity entity)
    {
        var votes = JsonColumns.Read(entity, "Votes", JsonColumns.Counts);
        return votes.Values.All(count => count >= 0)
            ? new Dictionary<string, int>(votes, StringComparer.Ordinal)
            : throw Damaged(entity, "a vote count is negative");
    }
}
