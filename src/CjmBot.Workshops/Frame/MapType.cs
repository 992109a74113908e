namespace CjmBot.Workshops.Frame;

/// <summary>What the map describes (the method's four kinds). Current state is the usual default.</summary>
public enum MapType
{
    CurrentState,
    FutureState,
    DayInTheLife,
    ServiceBlueprint,
}
