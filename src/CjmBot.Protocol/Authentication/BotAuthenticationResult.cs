using System.Security.Claims;

namespace CjmBot.Protocol.Authentication;

public enum BotAuthenticationStatus
{
    /// <summary>The token is valid and matches the activity.</summary>
    Authenticated,

    /// <summary>No token, a bad token, or a token for another service URL: HTTP 401.</summary>
    Unauthorized,

    /// <summary>A valid token whose signing key is not endorsed for the activity's channel: HTTP 403.</summary>
    Forbidden,

    /// <summary>The signing keys could not be fetched, so nothing can be validated: HTTP 503.</summary>
    Unavailable,
}

/// <summary>The outcome of checking an inbound request's token against its activity.</summary>
public sealed record BotAuthenticationResult(BotAuthenticationStatus Status, ClaimsIdentity? Identity, string? FailureReason)
{
    public bool Succeeded => Status == BotAuthenticationStatus.Authenticated;

    public static BotAuthenticationResult Success(ClaimsIdentity identity) => new(BotAuthenticationStatus.Authenticated, identity, null);

    public static BotAuthenticationResult Fail(BotAuthenticationStatus status, string reason) => new(status, null, reason);
}
