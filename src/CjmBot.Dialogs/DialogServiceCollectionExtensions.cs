using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CjmBot.Dialogs;

public static class DialogServiceCollectionExtensions
{
    /// <summary>Registers <see cref="DialogRunner"/>; each run names the <see cref="DialogStateStore"/> its stack lives in.</summary>
    public static IServiceCollection AddDialogs(this IServiceCollection services)
    {
        services.TryAddSingleton<DialogRunner>();
        return services;
    }
}
