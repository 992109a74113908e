using CjmBot.Protocol.Schema;
using CjmBot.Workshops;

namespace CjmBot.Bot;

/// <summary>Which language to answer in.</summary>
public static class TurnLanguage
{
    /// <summary>
    /// Russian when the user wrote Russian, whatever their client's locale (many people run an English
    /// Teams and type in Russian); otherwise the activity's locale.
    /// </summary>
    public static Language Of(Activity activity, string? text = null, Language? wordLanguage = null) =>
        wordLanguage == Language.Ru || HasCyrillic(text) ? Language.Ru : Languages.FromLocale(activity.GetLocale());

    public static bool HasCyrillic(string? text) =>
        text is not null && text.Any(c => c is >= '\u0400' and <= '\u04FF');
}
