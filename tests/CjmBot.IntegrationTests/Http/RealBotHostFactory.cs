using CjmBot.Protocol.Authentication;
using CjmBot.Protocol.Connector;
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
/// The real host with the real bot and in-memory storage, so that a test can check what was (not) recorded; only the
/// Bot Connector (<see cref="RecordingConnector"/>), the clock and the Bot Framework keys are replaced.
/// </summary>
internal sealed class RealBotHostFactory(
    IReadOnlyDictionary<string, string?> settings,
    RecordingConnector connector,
    FakeTimeProvider time,
    FakeOpenIdDocumentRetriever keys) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration((_, configuration) => configuration
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Provider"] = "Memory" })
            .AddInMemoryCollection(settings));
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IConnectorClient>();
            services.AddSingleton<IConnectorClient>(connector);
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(time);
            services.RemoveAll<IConfigurationManager<OpenIdConnectConfiguration>>();
            services.AddSingleton<IConfigurationManager<OpenIdConnectConfiguration>>(
                new SigningKeyCache(FakeOpenIdDocumentRetriever.MetadataUrl, keys, time));
        });
    }
}
