using System.ComponentModel.DataAnnotations;

namespace CjmBot.Protocol.Authentication;

/// <summary>The bot's identity and the rules for inbound requests (section <c>Bot</c>).</summary>
public sealed class BotOptions : IValidatableObject
{
    public const string SectionName = "Bot";

    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The Microsoft App ID (a GUID): the audience of inbound tokens and the client id of outbound ones.</summary>
    public string? AppId { get; set; }

    public BotAppType AppType { get; set; } = BotAppType.SingleTenant;

    /// <summary>The Entra tenant of the app registration (SingleTenant, UserAssignedMSI).</summary>
    public string? TenantId { get; set; }

    /// <summary>The client secret (SingleTenant, MultiTenant); must stay empty for a managed identity.</summary>
    public string? AppPassword { get; set; }

    /// <summary>
    /// Development only: accept unauthenticated requests and send no outbound token (local emulators).
    /// The host refuses to start with this switch outside the Development environment.
    /// </summary>
    public bool DisableAuthentication { get; set; }

    /// <summary>Where the Bot Connector's signing keys are published.</summary>
    [Required]
    [Url]
    public string OpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;

    /// <summary>Tenants whose activities are processed; empty means every tenant.</summary>
    public string[] AllowedTenants { get; set; } = [];

    public bool IsTenantAllowed(string? tenantId) =>
        AllowedTenants.Length == 0
        || (tenantId is not null && AllowedTenants.Contains(tenantId, StringComparer.OrdinalIgnoreCase));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (DisableAuthentication)
        {
            yield break;
        }

        if (!Guid.TryParse(AppId, out _))
        {
            yield return new ValidationResult(
                "Bot:AppId must be the bot's Microsoft App ID (a GUID) while authentication is on.", [nameof(AppId)]);
        }

        if (AppType is (BotAppType.SingleTenant or BotAppType.UserAssignedMSI) && string.IsNullOrWhiteSpace(TenantId))
        {
            yield return new ValidationResult($"Bot:TenantId is required for AppType {AppType}.", [nameof(TenantId)]);
        }

        if (AppType is (BotAppType.SingleTenant or BotAppType.MultiTenant) && string.IsNullOrWhiteSpace(AppPassword))
        {
            yield return new ValidationResult($"Bot:AppPassword is required for AppType {AppType}.", [nameof(AppPassword)]);
        }

        if (AppType is BotAppType.UserAssignedMSI && !string.IsNullOrEmpty(AppPassword))
        {
            yield return new ValidationResult("Bot:AppPassword must be empty for a managed identity.", [nameof(AppPassword)]);
        }
    }
}
