namespace CjmBot.Protocol.State;

/// <summary>
/// The only place state keys are built. Keys are <c>scope/part/part</c>; each part is escaped so that
/// Teams ids (with <c>:</c>, <c>;</c>, <c>@</c>, and anything a channel may invent) never collide or
/// break a backend's key rules. Table Storage forbids <c>/ \ # ?</c> and control characters in keys.
/// </summary>
public static class StateKeys
{
    public const int MaxKeyLength = 900;

    public static string Conversation(string channelId, string conversationId) =>
        Build("conversation", channelId, conversationId);

    public static string Participant(string channelId, string conversationId, string userId) =>
        Build("participant", channelId, conversationId, userId);

    public static string Build(string scope, params string[] parts) =>
        scope + "/" + string.Join('/', parts.Select(Escape));

    /// <summary>Percent-escapes the characters no backend accepts in a key, and the escape character itself.</summary>
    public static string Escape(string part)
    {
        ArgumentNullException.ThrowIfNull(part);
        var builder = new System.Text.StringBuilder(part.Length);
        foreach (var c in part)
        {
            if (c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c))
            {
                builder.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public static void Validate(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        if (key.Length > MaxKeyLength)
        {
            throw new ArgumentException($"State keys are at most {MaxKeyLength} characters.", nameof(key));
        }
    }
}
