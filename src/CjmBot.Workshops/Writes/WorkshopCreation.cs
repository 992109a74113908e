namespace CjmBot.Workshops.Writes;

/// <summary>What became of creating a workshop: a conversation runs one workshop at a time.</summary>
public enum WorkshopCreation
{
    Created,

    /// <summary>A workshop with this id exists already: the same start delivered again, or its other copy.</summary>
    AlreadyExists,

    /// <summary>The conversation's active workshop is running or paused; nothing was created.</summary>
    AnotherRunning,
}
