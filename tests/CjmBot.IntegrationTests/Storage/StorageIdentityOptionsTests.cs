using Azure.Data.Tables;
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

/// <summary>Table Storage reached with a token credential (managed identity) instead of an account key.</summary>
public sealed class StorageIdentityOptionsTests
{
    private const string ServiceUri = "https://cjmbotprod.table.core.windows.net/";
    private const string ClientId = "0f8fad5b-d9cb-469f-a165-70867728950e";

    [Fact]
    public void ServiceUri_WithoutConnectionString_CreatesTokenClientForThatAccount()
    {
        using var provider = Build(new() { ["Storage:ServiceUri"] = ServiceUri });

        var client = provider.GetRequiredService<TableServiceClient>();

        Assert.Equal("cjmbotprod", client.AccountName);
        Assert.Equal(new Uri(ServiceUri), client.Uri);
        Assert.IsType<TableStateStore>(provider.GetRequiredService<IStateStore>());
    }

    [Fact]
    public void ServiceUri_WithManagedIdentityClientId_IsValid()
    {
        using var provider = Build(new() { ["Storage:ServiceUri"] = ServiceUri, ["Storage:ManagedIdentityClientId"] = ClientId });

        var options = provider.GetRequiredService<IOptions<TableStorageOptions>>().Value;

        Assert.Equal(ClientId, options.ManagedIdentityClientId);
        Assert.Equal("cjmbotprod", provider.GetRequiredService<TableServiceClient>().AccountName);
    }

    [Fact]
    public void ConnectionStringAndServiceUri_Both_FailValidation()
    {
        var message = ValidationFailure(new() { ["Storage:ConnectionString"] = "UseDevelopmentStorage=true", ["Storage:ServiceUri"] = ServiceUri });

        Assert.Contains("either Storage:ConnectionString or Storage:ServiceUri", message, StringComparison.Ordinal);
    }

    [Fact]
    public void ServiceUri_Http_FailsValidation()
    {
        var message = ValidationFailure(new() { ["Storage:ServiceUri"] = "http://cjmbotprod.table.core.windows.net" });

        Assert.Contains("absolute https", message, StringComparison.Ordinal);
    }

    [Fact]
    public void ManagedIdentityClientId_NotAGuid_FailsValidation()
    {
        var message = ValidationFailure(new() { ["Storage:ServiceUri"] = ServiceUri, ["Storage:ManagedIdentityClientId"] = "cjmbot-identity" });

        Assert.Contains("Storage:ManagedIdentityClientId must be the client id", message, StringComparison.Ordinal);
    }

    [Fact]
    public void ManagedIdentityClientId_WithConnectionString_FailsValidation()
    {
        var message = ValidationFailure(new() { ["Storage:ConnectionString"] = "UseDevelopmentStorage=true", ["Storage:ManagedIdentityClientId"] = ClientId });

        Assert.Contains("used only with Storage:ServiceUri", message, StringComparison.Ordinal);
    }

    [Fact]
    public void NeitherConnectionStringNorServiceUri_FailsValidationNamingBoth()
    {
        var message = ValidationFailure([]);

        Assert.Contains("Storage:ConnectionString or Storage:ServiceUri is required", message, StringComparison.Ordinal);
    }

    private static string ValidationFailure(Dictionary<string, string?> settings)
    {
        using var provider = Build(settings);
        return Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<TableStorageOptions>>().Value).Message;
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
