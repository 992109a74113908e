using CjmBot.Protocol.State;
using CjmBot.Storage;
using CjmBot.Storage.Scheduling;
using CjmBot.Storage.Workshops;
using CjmBot.Workshops;
using CjmBot.Workshops.Scheduling;
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
    public void AddCjmBotStorage_AzureTables_RegistersTableWorkshopRepositoryAndJobStore()
    {
        using var provider = Build(new() { ["Storage:Provider"] = "AzureTables", ["Storage:ConnectionString"] = "UseDevelopmentStorage=true" });

        var repository = Assert.IsType<TableWorkshopRepository>(provider.GetRequiredService<IWorkshopRepository>());
        var jobs = Assert.IsType<TableScheduledJobStore>(provider.GetRequiredService<IScheduledJobStore>());
        Assert.Equal("cjmWorkshops", repository.WorkshopsTableName);
        Assert.Equal("cjmConversations", repository.ConversationsTableName);
        Assert.Equal("cjmJobs", jobs.TableName);
        Assert.Same(provider.GetRequiredService<IWorkshopRepository>(), provider.GetRequiredService<IWorkshopRepository>());
        Assert.Single(provider.GetServices<IWorkshopRepository>());
        Assert.Single(provider.GetServices<IScheduledJobStore>());
    }

    [Fact]
    public void AddCjmBotStorage_Memory_RegistersInMemoryWorkshopRepositoryAndJobStore()
    {
        using var provider = Build(new() { ["Storage:Provider"] = "Memory" });

        Assert.IsType<InMemoryWorkshopRepository>(provider.GetRequiredService<IWorkshopRepository>());
        Assert.IsType<InMemoryScheduledJobStore>(provider.GetRequiredService<IScheduledJobStore>());
        Assert.Same(provider.GetRequiredService<IScheduledJobStore>(), provider.GetRequiredService<IScheduledJobStore>());
    }

    [Fact]
    public void AddCjmBotStorage_AnyProvider_RegistersOneRequestCounter()
    {
        using var provider = Build(new() { ["Storage:Provider"] = "Memory" });

        Assert.Same(provider.GetRequiredService<StorageRequestCounter>(), provider.GetRequiredService<StorageRequestCounter>());
        Assert.Equal(0, provider.GetRequiredService<StorageRequestCounter>().Requests);
    }

    [Fact]
    public void AddCjmBotStorage_LongestPrefixAllowed_KeepsEveryTableNameLegal()
    {
        var prefix = "p" + new string('x', 49);
        using var provider = Build(new() { ["Storage:Provider"] = "Memory", ["Storage:TablePrefix"] = prefix });

        var options = provider.GetRequiredService<IOptions<TableStorageOptions>>().Value;
        Assert.All(
            new[] { options.StateTableName, options.WorkshopsTableName, options.ConversationsTableName, options.JobsTableName },
            name => Assert.InRange(name.Length, 3, 63));
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
    [InlineData("p12345678901234567890123456789012345678901234567890")]
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
        services.TryAddSingleton<IWorkshopRepository, InMemoryWorkshopRepository>();
        services.TryAddSingleton<IScheduledJobStore, InMemoryScheduledJobStore>();
        services.AddCjmBotStorage();
        return services.BuildServiceProvider();
    }
}
