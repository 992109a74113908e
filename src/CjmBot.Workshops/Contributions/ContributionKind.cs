namespace CjmBot.Workshops.Contributions;

public enum ContributionKind
{
    Answer,

    /// <summary>The author replaced the text of one of their answers.</summary>
    Edit,

    /// <summary>The author withdrew one of their answers.</summary>
    Deletion,

    Insight,
}
