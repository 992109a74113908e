using CjmBot.Protocol.Authentication;
using Microsoft.Extensions.Options;

namespace CjmBot.Web.Hosting;

/// <summary>Turning authentication off is a local-development convenience: any other environment refuses to start with it.</summary>
internal sealed class BotOptionsEnvironmentValidator(IHostEnvironment environment) : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options) =>
        options.DisableAuthentication && !environment.IsDevelopment()
            ? ValidateOptionsResult.Fail(
                $"Bot:DisableAuthentication is only allowed in the Development environment, not in '{environment.EnvironmentName}'.")
            : ValidateOptionsResult.Success;
}
