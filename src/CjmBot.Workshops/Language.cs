namespace CjmBot.Workshops;

/// <summary>The two languages the bot speaks. Russian and English are equally first-class.</summary>
public enum Language
{
    En,
    Ru,
}

public static class Languages
{
    /// <summary>Russian for any <c>ru</c> locale (<c>ru</c>, <c>ru-RU</c>, <c>ru-KZ</c>…), English otherwise.</summary>
    public static Language FromLocale(string? locale) =>
        locale is not null && (locale.Equals("ru", StringComparison.OrdinalIgnoreCase)
            || locale.StartsWith("ru-", StringComparison.OrdinalIgnoreCase)
            || locale.StartsWith("ru_", StringComparison.OrdinalIgnoreCase))
            ? Language.Ru
            : Language.En;

    public static string Code(this Language language) => language == Language.Ru ? "ru" : "en";

    public static Language? TryParse(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "ru" or "rus" or "russian" or "русский" => Language.Ru,
        "en" or "eng" or "english" or "английский" => Language.En,
        _ => null,
    };
}
