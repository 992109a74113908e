namespace CjmBot.Workshops;

/// <summary>Russian noun forms after a number.</summary>
public static class RussianNouns
{
    /// <summary>The form for a count: 1 день, 2 дня, 5 дней, 11 дней, 21 день.</summary>
    public static string Plural(int count, string one, string few, string many)
    {
        var lastTwo = Math.Abs(count) % 100;
        var last = lastTwo % 10;
        return lastTwo is >= 11 and <= 14 ? many : last == 1 ? one : last is >= 2 and <= 4 ? few : many;
    }
}
