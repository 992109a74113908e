namespace CjmBot.Workshops.Questions;

/// <summary>The six questions asked at every stage, in the method's order, and the optional KPI question.</summary>
public enum QuestionKey
{
    Goal,
    Touchpoints,
    Emotions,
    Barriers,
    Solutions,
    Channels,
    Kpi,
}
