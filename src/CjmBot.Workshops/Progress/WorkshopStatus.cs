namespace CjmBot.Workshops.Progress;

public enum WorkshopStatus
{
    Running,

    /// <summary>Answers wait; the timer is stopped.</summary>
    Paused,

    /// <summary>Every question of every segment was asked; answers and insights are still welcome.</summary>
    Finished,

    /// <summary>No more answers. The facilitator can reopen it.</summary>
    Closed,
}
