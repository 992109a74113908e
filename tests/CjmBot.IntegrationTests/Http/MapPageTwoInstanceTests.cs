using System.Net;
using System.Text.Json.Nodes;
using CjmBot.Bot.Exports;
using CjmBot.IntegrationTests.Storage;
using CjmBot.Protocol.Authentication;
using CjmBot.Protocol.Turns;
using CjmBot.Storage;
using CjmBot.Testing;
using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Frame;
using CjmBot.Workshops.Questions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Xunit;

namespace CjmBot.IntegrationTests.Http;

/// <summary>
/// Two bot instances on the same Azurite tables, with the real clock: a page streaming from one instance shows an
/// answer the other instance recorded, and closes when the other instance deletes the workshop. The stream follows
/// storage, not one process's memory.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class MapPageTwoInstanceTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(10);
    private readonly string _prefix = AzuriteFixture.NewTablePrefix();
    private InstanceFactory? _first;
    private InstanceFactory? _second;

    public Task InitializeAsync()
    {
        azurite.GetReachableClient();
        _first = new InstanceFactory(azurite.ConnectionString, _prefix);
        _second = new InstanceFactory(azurite.ConnectionString, _prefix);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        var options = _first!.Services.GetRequiredService<IOptions<TableStorageOptions>>().Value;
        _first.Dispose();
        _second!.Dispose();
        var client = azurite.GetReachableClient();
        foreach (var table in new[] { options.WorkshopsTableName, options.ConversationsTableName, options.JobsTableName, options.StateTableName })
        {
            await client.DeleteTableAsync(table);
        }
    }

    [Fact]
    public async Task AnswerRecordedByOneInstance_AppearsOnAPageStreamingFromTheOther_AndDeletionThereClosesIt()
    {
        var writer = _first!.Services.GetRequiredService<IWorkshopRepository>();
        var sample = SampleWorkshops.Snapshot(Language.Ru) is var s ? new WorkshopSnapshot(s.Frame with { Id = "w2inst" + _prefix }, s.Progress, []) : null!;
        await writer.CreateAsync(sample.Frame, sample.Progress, CancellationToken.None);
        using var reader = _second!.CreateClient();
        var link = _second.Services.GetRequiredService<ExportLinks>().CreateMapPage(sample.Frame.Id, Language.Ru).PathAndQuery;
        var page = await reader.GetStringAsync(link);
        var start = page.IndexOf("data-version=\"", StringComparison.Ordinal) + 14;
        var version = page[start..page.IndexOf('"', start)];

        using var response = await reader.GetAsync(link.Replace("?", "/events?", StringComparison.Ordinal) + "&v=" + version, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var events = new ServerSentEvents(await response.Content.ReadAsStreamAsync());
        Assert.Equal("hello", (await events.NextAsync(EventTimeout))!.Event);

        await writer.AddContributionAsync(new Contribution
        {
            Id = "c-elsewhere", WorkshopId = sample.Frame.Id, Kind = ContributionKind.Answer, Author = new Participant("29:1x", "Участник"),
            At = DateTimeOffset.UtcNow, SegmentId = "s1", StageIndex = 0, Question = QuestionKey.Goal, Text = "Записано другим экземпляром",
        }, CancellationToken.None);
        var update = await NextRealEventAsync(events);

        Assert.Equal("update", update.Event);
        Assert.Contains("Записано другим экземпляром", update.Data, StringComparison.Ordinal);
        Assert.Contains("Записано другим экземпляром", JsonNode.Parse(update.Data)!["blocks"]!["s0-c0-0"]!.GetValue<string>(), StringComparison.Ordinal);

        await writer.DeleteAsync(sample.Frame.Id, CancellationToken.None);

        Assert.Equal("gone", (await NextRealEventAsync(events)).Event);
        Assert.Null(await events.NextAsync(EventTimeout));
    }

    private static async Task<ServerSentEvent> NextRealEventAsync(ServerSentEvents events)
    {
        while (true)
        {
            var next = await events.NextAsync(EventTimeout) ?? throw new InvalidOperationException("The stream ended.");
            if (!next.IsComment)
            {
                return next;
            }
        }
    }

    /// <summary>One bot instance on Azurite with the real clock; only the bot and the Bot Framework keys are replaced.</summary>
    private sealed class InstanceFactory(string connectionString, string prefix) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.ConfigureAppConfiguration((_, configuration) => configuration
                .AddInMemoryCollection(BotTestHost.ExportSettings)
                .AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["Bot:DisableAuthentication"] = "true",
                    ["Storage:Provider"] = "AzureTables",
                    ["Storage:ConnectionString"] = connectionString,
                    ["Storage:TablePrefix"] = prefix,
                }));
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<IBot>();
                services.AddSingleton<IBot>(new RecordingBot());
                services.RemoveAll<IConfigurationManager<OpenIdConnectConfiguration>>();
                services.AddSingleton<IConfigurationManager<OpenIdConnectConfiguration>>(
                    new SigningKeyCache(FakeOpenIdDocumentRetriever.MetadataUrl, new FakeOpenIdDocumentRetriever(), TimeProvider.System));
            });
        }
    }
}
