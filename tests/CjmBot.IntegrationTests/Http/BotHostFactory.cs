using CjmBot.Protocol.Authentication;
using CjmBot.Protocol.Turns;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CjmBot.IntegrationTests.Http;

/// <summary>
/// The real host in memory, with a recording bot, a fake clock, and the Bot Framework keys served by
/// <see cref="FakeOpenIdDocumentRetriever"/> through the production configuration manager (no network).
/// </summary>
internal sealed class BotHostFactory(
    string environment,
    IReadOnlyDictionary<string, string?> settings,
    RecordingBot bot,
    FakeTimeProvider time,
    FakeOpenIdDocumentRetriever keys) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.ConfigureAppConfiguration((_, configuration) => configuration
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Provider"] = "Memory" })
            .AddInMemoryCollection(CjmBot.Testing.BotTestHost.ExportSettings)
            .AddInMemoryCollection(settings));
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IBot>();
            services.AddSingleton<IBot>(bot);
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(time);
            services.RemoveAll<IConfigurationManager<OpenIdConnectConfiguration>>();
            services.AddSingleton<IConfigurationManager<OpenIdConnectConfiguration>>(
                new SigningKeyCache(FakeOpenIdDocumentRetriever.MetadataUrl, keys, time));
        });
    }
}
