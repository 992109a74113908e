namespace CjmBot.Workshops.Changes;

/// <summary>
/// Where a watcher of one workshop stands, as the store that answered left it: opaque to the watcher, who hands it back
/// on its next look (<see cref="IWorkshopRepository.ReadChangesAsync"/>). Each store has its own kind.
/// </summary>
public abstract record WorkshopChangeCursor;

/// <summary>The answer of one look: whether anything of the workshop was written since the cursor, and the cursor to hand back next time.</summary>
public sealed record WorkshopChanges(bool Changed, WorkshopChangeCursor Cursor);
