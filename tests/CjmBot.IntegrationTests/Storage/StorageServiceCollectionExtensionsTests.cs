using CjmBot.Protocol.State;
using CjmBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Xunit;

namespace CjmBot.IntegrationTests.Storage;

public sealed class StorageServiceCollectionExtensionsTests
{
    [Fact]
    public void AddCjmBotStorage_AzureTables_ReplacesMemoryDefault()
    {
        using var provider = Build(new() { ["Storage:Provider"] = "AzureTables", ["Storage:ConnectionString"] = "UseDevelopmentStorage=true" });

        var store = Assert.IsType<TableStateStore>(provider.GetRequiredService<IStateStore>());
        Assert.Equal("cjmState", store.TableName);
    }

    [Fact]
    public void AddCjmBotStorage_Memory_UsesMemoryStore()
    {
        using var provider = Build(new() { ["Storage:Provider"] = "Memory" });

        Assert.IsType<MemoryStateStore>(provider.GetRequiredService<IStateStore>());
        Assert.Same(provider.GetRequiredService<IStateStore>(), provider.GetRequiredService<IStateStore>());
    }

    [Fact]
    public void AddCjmBotStorage_AzureTablesWithoutConnectionString_FailsValidation()
    {
        using var provider = Build([]);

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<TableStorageOptions>>().Value);
        Assert.Contains("Storage:ConnectionString", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1cjm")]
    [InlineData("cjm-bot")]
    [InlineData("")]
    public void AddCjmBotStorage_InvalidTablePrefix_FailsValidation(string prefix)
    {
        using var provider = Build(new() { ["Storage:Provider"] = "Memory", ["Storage:TablePrefix"] = prefix });

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<TableStorageOptions>>().Value);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.TryAddSingleton<IStateStore, MemoryStateStore>();
        services.AddCjmBotStorage();
        return services.BuildServiceProvider();
    }
}
