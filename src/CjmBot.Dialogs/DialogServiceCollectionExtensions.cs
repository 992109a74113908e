using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CjmBot.Dialogs;

public static class DialogServiceCollectionExtensions
{
    /// <summary>Registers <see cref="DialogStateStore"/> and <see cref="DialogRunner"/>; needs an <c>IStateStore</c>.</summary>
    public static IServiceCollection AddDialogs(this IServiceCollection services)
    {
        services.TryAddSingleton<DialogStateStore>();
        services.TryAddSingleton<DialogRunner>();
        return services;
    }
}
