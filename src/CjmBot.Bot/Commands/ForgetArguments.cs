namespace CjmBot.Bot.Commands;

/// <summary>
/// What may follow <c>forget</c> / <c>забудь</c>: <c>me</c> / <c>меня</c>, or an @mention of a participant (Teams puts it in
/// the text as <c>&lt;at&gt;Name&lt;/at&gt;</c>). Anything else ("forget about the discount") stays an answer.
/// </summary>
public static class ForgetArguments
{
    public static bool IsMe(string argument) =>
        argument.Trim() is var word && (word.Equals("me", StringComparison.OrdinalIgnoreCase) || word.Equals("меня", StringComparison.OrdinalIgnoreCase));

    public static bool Accepts(string argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        var trimmed = argument.Trim();
        return IsMe(trimmed) || trimmed.StartsWith("<at>", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith('@');
    }
}
