using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CjmBot.Workshops;
using Microsoft.Extensions.Options;

namespace CjmBot.Bot.Exports;

/// <summary>
/// Signed, expiring download links of exports: <c>{base}/exports/{workshop}/{format}?lang=…&amp;exp=…&amp;sig=…</c>.
/// The signature is HMAC-SHA256 over the workshop id, format, language and expiry, so none of them can be changed;
/// whoever holds a link may download that file until it expires, and nothing else.
/// </summary>
public sealed class ExportLinks(IOptions<ExportOptions> options, TimeProvider time)
{
    public const string RoutePrefix = "/exports";

    /// <summary>Where the live map page is: <c>/map/{workshop}?lang=…&amp;exp=…&amp;sig=…</c>.</summary>
    public const string MapRoutePrefix = "/map";

    /// <summary>What a map page link is signed for, in place of a format: no download link can pass for one, nor the reverse.</summary>
    public const string MapPage = "map-page";

    /// <summary>Where a person's own data is: <c>/mydata/{format}?person=…&amp;lang=…&amp;exp=…&amp;sig=…</c>.</summary>
    public const string PersonalDataRoutePrefix = "/mydata";

    /// <summary>The formats of "my data".</summary>
    public static IReadOnlyList<string> PersonalDataFormats { get; } = ["json", "markdown"];

    /// <summary>The formats offered, by their name in links (the host maps them onto its exporters).</summary>
    public static IReadOnlyList<string> Formats { get; } = ["markdown", "csv", "xlsx", "html"];

    /// <summary>A link for every format, valid for the configured lifetime from now.</summary>
    public ExportLinkSet CreateAll(string workshopId, Language language)
    {
        var expires = ExpiryAfter(options.Value.LinkLifetime);
        return new ExportLinkSet(expires, Formats.Select(format => (format, Create(new ExportLink(workshopId, format, language, expires)))).ToList());
    }

    public Uri Create(ExportLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        var expires = link.ExpiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var path = $"{RoutePrefix}/{Uri.EscapeDataString(link.WorkshopId)}/{Uri.EscapeDataString(link.Format)}" +
            $"?lang={link.Language.Code()}&exp={expires}&sig={Sign(link.WorkshopId, link.Format, link.Language.Code(), expires)}";
        return Absolute(path);
    }

    /// <summary>A link to the workshop's live map page, valid for <see cref="ExportOptions.MapLinkLifetime"/> from now.</summary>
    public Uri CreateMapPage(string workshopId, Language language)
    {
        var exp = ExpiryAfter(options.Value.MapLinkLifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return Absolute($"{MapRoutePrefix}/{Uri.EscapeDataString(workshopId)}?lang={language.Code()}&exp={exp}&sig={Sign(workshopId, MapPage, language.Code(), exp)}");
    }

    /// <summary>
    /// Links to a person's own data in every format, valid for <see cref="ExportOptions.LinkLifetime"/>: signed for the person
    /// and for "my data" (the format is signed as <c>mydata-{format}</c>), so neither a workshop's link nor another person's
    /// can pass for one.
    /// </summary>
    public ExportLinkSet CreatePersonalData(string personId, Language language)
    {
        var expires = ExpiryAfter(options.Value.LinkLifetime);
        var exp = expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return new ExportLinkSet(expires, [.. PersonalDataFormats.Select(format => (format, Absolute(
            $"{PersonalDataRoutePrefix}/{format}?person={Uri.EscapeDataString(personId)}&lang={language.Code()}&exp={exp}" +
            $"&sig={Sign(personId, PersonalDataSigned(format), language.Code(), exp)}")))]);
    }

    /// <summary>Checks a "my data" link's parts as they arrived (the link's <see cref="ExportLink.WorkshopId"/> is then the person's id).</summary>
    public (ExportLinkCheck Check, ExportLink? Link) VerifyPersonalData(string personId, string format, string? language, string? expires, string? signature) =>
        Verify(personId, PersonalDataSigned(format), language, expires, signature);

    private static string PersonalDataSigned(string format) => "mydata-" + format;

    /// <summary>Checks a map page link's parts as they arrived, as <see cref="Verify"/> does a download link's.</summary>
    public (ExportLinkCheck Check, ExportLink? Link) VerifyMapPage(string workshopId, string? language, string? expires, string? signature) =>
        Verify(workshopId, MapPage, language, expires, signature);

    /// <summary>
    /// Checks a link's parts as they arrived. The signature is checked first (in constant time), so a link whose
    /// expiry was moved is refused as tampered, never reported as expired.
    /// </summary>
    public (ExportLinkCheck Check, ExportLink? Link) Verify(string workshopId, string format, string? language, string? expires, string? signature)
    {
        if (language is null || expires is null || signature is null
            || !CryptographicOperations.FixedTimeEquals(
                Encoding.ASCII.GetBytes(Sign(workshopId, format, language, expires)), Encoding.ASCII.GetBytes(signature))
            || Languages.TryParse(language) is not { } parsedLanguage
            || !long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var unixSeconds))
        {
            return (ExportLinkCheck.BadSignature, null);
        }

        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(unixSeconds);
        var link = new ExportLink(workshopId, format, parsedLanguage, expiresAt);
        return time.GetUtcNow() >= expiresAt ? (ExportLinkCheck.Expired, link) : (ExportLinkCheck.Valid, link);
    }

    /// <summary>Whole seconds: the expiry travels as Unix seconds, and a card shows the same moment the link checks.</summary>
    private DateTimeOffset ExpiryAfter(TimeSpan lifetime) => DateTimeOffset.FromUnixTimeSeconds((time.GetUtcNow() + lifetime).ToUnixTimeSeconds());

    private Uri Absolute(string path) => new(options.Value.PublicBaseUrl!.ToString().TrimEnd('/') + path);

    private string Sign(string workshopId, string format, string language, string expires)
    {
        // Parts joined by a character none of them can hold unescaped, so no two link requests sign alike.
        var message = Encoding.UTF8.GetBytes(string.Join('\n', workshopId, format, language, expires));
        var mac = HMACSHA256.HashData(options.Value.SigningKeyBytes(), message);
        return Convert.ToBase64String(mac).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
