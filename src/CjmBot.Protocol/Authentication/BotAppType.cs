namespace CjmBot.Protocol.Authentication;

/// <summary>How the bot's Entra app registration is set up; decides where outbound tokens come from.</summary>
public enum BotAppType
{
    /// <summary>App registered in the bot owner's tenant; tokens from that tenant with the client secret.</summary>
    SingleTenant,

    /// <summary>Legacy multi-tenant registration (deprecated by Microsoft); tokens from the botframework.com tenant.</summary>
    MultiTenant,

    /// <summary>User-assigned managed identity; <see cref="BotOptions.AppId"/> is its client id, no secret.</summary>
    UserAssignedMSI,
}
