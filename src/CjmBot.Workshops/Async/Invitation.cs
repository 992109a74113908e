using CjmBot.Workshops.Frame;

namespace CjmBot.Workshops.Async;

/// <summary>Where an invited person stands.</summary>
public enum InvitationState
{
    /// <summary>Invited in their personal chat; has not finished the sequence yet.</summary>
    Invited,

    /// <summary>The bot could not open a personal chat (the app is not installed for them); the facilitator was told.</summary>
    NotInstalled,

    /// <summary>Went through every question asked of them.</summary>
    Finished,
}

/// <summary>
/// A person asked to contribute to a workshop from their personal chat, at their own pace.
/// <paramref name="ChatReference"/> is opaque to the domain: the bot's way back into that personal chat.
/// </summary>
public sealed record Invitation(
    string WorkshopId,
    Participant Person,
    string? Role,
    InvitationState State,
    DateTimeOffset InvitedAt,
    string? ChatReference = null,
    DateTimeOffset? FinishedAt = null);

/// <summary>The stages (zero-based) a role is asked about, e.g. support → Retention and Advocacy.</summary>
public sealed record RoleAssignment(string WorkshopId, string Role, IReadOnlyList<int> Stages)
{
    public static string Normalize(string role) => role.Trim().TrimStart('@').ToLowerInvariant();
}

/// <summary>When asynchronous contributions are due, and whether the window has closed.</summary>
public sealed record AsyncWindow(string WorkshopId, DateTimeOffset? Deadline, bool Closed);
