using System.Globalization;
using Azure.Data.Tables;
using CjmBot.Workshops.Async;
using CjmBot.Workshops.Frame;
using static CjmBot.Storage.TableColumns;

namespace CjmBot.Storage.Workshops;

/// <summary>
/// The asynchronous-contributor rows of a workshop partition: <c>inv|{person}</c>, <c>role|{role}</c> and
/// <c>seq|window</c>, as explicit columns.
/// </summary>
internal static class AsyncEntities
{
    public const string InvitationPrefix = "inv|";
    public const string RolePrefix = "role|";
    public const string WindowRow = "seq|window";

    public static TableEntity FromInvitation(Invitation invitation)
    {
        var entity = new TableEntity(WorkshopEntities.PartitionKey(invitation.WorkshopId), InvitationPrefix + TableStateKey.EscapeId(invitation.Person.Id));
        SetText(entity, WorkshopEntities.WorkshopIdColumn, invitation.WorkshopId);
        SetText(entity, "PersonId", invitation.Person.Id);
        SetText(entity, "PersonName", invitation.Person.Name);
        SetText(entity, "Role", invitation.Role);
        SetEnum<InvitationState>(entity, "State", invitation.State);
        entity["InvitedAt"] = invitation.InvitedAt;
        SetText(entity, "ChatReference", invitation.ChatReference);
        if (invitation.FinishedAt is { } finished)
        {
            entity["FinishedAt"] = finished;
        }

        return entity;
    }

    public static Invitation ToInvitation(TableEntity entity) => new(
        RequiredText(entity, WorkshopEntities.WorkshopIdColumn),
        new Participant(RequiredText(entity, "PersonId"), RequiredText(entity, "PersonName")),
        entity.GetString("Role"),
        RequiredEnum<InvitationState>(entity, "State"),
        RequiredTime(entity, "InvitedAt"),
        entity.GetString("ChatReference"),
        entity.GetDateTimeOffset("FinishedAt"));

    public static TableEntity FromRole(RoleAssignment role)
    {
        var name = RoleAssignment.Normalize(role.Role);
        var entity = new TableEntity(WorkshopEntities.PartitionKey(role.WorkshopId), RolePrefix + TableStateKey.EscapeId(name));
        SetText(entity, WorkshopEntities.WorkshopIdColumn, role.WorkshopId);
        SetText(entity, "Role", name);
        SetText(entity, "Stages", string.Join(',', role.Stages.Select(stage => stage.ToString(CultureInfo.InvariantCulture))));
        return entity;
    }

    public static RoleAssignment ToRole(TableEntity entity)
    {
        var stages = RequiredText(entity, "Stages");
        return new RoleAssignment(
            RequiredText(entity, WorkshopEntities.WorkshopIdColumn),
            RequiredText(entity, "Role"),
            [.. stages.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(stage =>
                int.TryParse(stage, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                    ? index
                    : throw Damaged(entity, $"the column Stages holds '{stages}', which is no list of stage numbers"))]);
    }

    public static TableEntity FromWindow(AsyncWindow window)
    {
        var entity = new TableEntity(WorkshopEntities.PartitionKey(window.WorkshopId), WindowRow);
        SetText(entity, WorkshopEntities.WorkshopIdColumn, window.WorkshopId);
        if (window.Deadline is { } deadline)
        {
            entity["Deadline"] = deadline;
        }

        entity["Closed"] = window.Closed;
        return entity;
    }

    public static AsyncWindow ToWindow(TableEntity entity) => new(
        RequiredText(entity, WorkshopEntities.WorkshopIdColumn),
        entity.GetDateTimeOffset("Deadline"),
        RequiredBool(entity, "Closed"));
}
