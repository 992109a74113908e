using System.ComponentModel.DataAnnotations;

namespace CjmBot.Bot.Exports;

/// <summary>Configuration section <c>Exports</c>: how download links of exports are signed and where they point.</summary>
public sealed class ExportOptions : IValidatableObject
{
    public const string SectionName = "Exports";

    /// <summary>HMAC-SHA256 keys shorter than its block of output give away strength; 32 bytes is the floor.</summary>
    public const int MinSigningKeyBytes = 32;

    /// <summary>Base64 of at least 32 random bytes (e.g. <c>openssl rand -base64 32</c>). Keep it out of files in production.</summary>
    [Required(ErrorMessage = "Exports:SigningKey is required: base64 of at least 32 random bytes (openssl rand -base64 32).")]
    public string SigningKey { get; set; } = "";

    /// <summary>The bot's public address as people's browsers reach it; links are <c>{PublicBaseUrl}/exports/…</c>.</summary>
    [Required(ErrorMessage = "Exports:PublicBaseUrl is required: the bot's public https address, e.g. https://cjmbot.example.com.")]
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>How long a link works after it was posted (default 24 hours; 1 minute to 30 days).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00", ErrorMessage = "Exports:LinkLifetime must be between 00:01:00 and 30.00:00:00.")]
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How long a link to the live map page works (default 30 days; 1 minute to 365 days). Longer than a download link:
    /// a Teams tab keeps its link, and the page only shows what the chat shows.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00", ErrorMessage = "Exports:MapLinkLifetime must be between 00:01:00 and 365.00:00:00.")]
    public TimeSpan MapLinkLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The decoded key; valid only after validation.</summary>
    public byte[] SigningKeyBytes() => Convert.FromBase64String(SigningKey);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        byte[]? key = null;
        try
        {
            key = Convert.FromBase64String(SigningKey);
        }
        catch (FormatException)
        {
            // Reported below.
        }

        if (key is null || key.Length < MinSigningKeyBytes)
        {
            yield return new ValidationResult(
                $"Exports:SigningKey must be base64 of at least {MinSigningKeyBytes} bytes (openssl rand -base64 32).", [nameof(SigningKey)]);
        }

        if (PublicBaseUrl is { } url && (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)))
        {
            yield return new ValidationResult("Exports:PublicBaseUrl must be an absolute http or https address.", [nameof(PublicBaseUrl)]);
        }
    }
}
