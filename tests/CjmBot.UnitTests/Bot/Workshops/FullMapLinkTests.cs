using System.Text.Json.Nodes;
using CjmBot.Bot.Exports;
using CjmBot.Testing;
using CjmBot.Workshops;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Xunit.Abstractions;

namespace CjmBot.UnitTests.Bot.Workshops;

/// <summary>
/// "Open full map": the live map card, as posted and as redrawn, and the summary card lead to the live map page
/// through a signed link in the workshop's language (en and ru).
/// </summary>
public sealed class FullMapLinkTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("en", "Open full map")]
    [InlineData("ru", "Открыть карту целиком")]
    public async Task LiveMap_PostedAndRedrawn_OffersTheFullMapInTheWorkshopsLanguage(string language, string title)
    {
        await using var host = BotTestHost.Create(output);
        await host.Flow()
            .In(TestConversation.GroupChat)
            .Send("new")
            .AssertCard(card => Assert.Equal("New customer journey map", card.Heading))
            .Click("Start workshop",
                ("title", "Checkout journey"), ("product", "Online store"), ("goal", "Find why people abandon checkout"),
                ("mapType", "CurrentState"), ("template", "Custom"), ("customStages", "Search, Purchase"),
                ("segments", "Small shop owner"), ("kpi", "false"), ("anonymous", "false"), ("timebox", ""), ("language", language))
            .AssertInvokeCard(_ => { })
            .AssertCard(card => AssertFullMap(host, card, title, language))
            .AssertCard(_ => { })
            .Send("Compare prices")
            .RunSchedulerAfter(TimeSpan.FromSeconds(1.2))
            .AssertCardUpdate(card => AssertFullMap(host, card, title, language))
            .StartTestAsync();
    }

    [Fact]
    public async Task FullMapLink_ChangedInAnyPart_IsRefused_AndADownloadSignatureIsNoMapLink()
    {
        await using var host = BotTestHost.Create(output);
        var links = host.Services.GetRequiredService<ExportLinks>();
        var map = links.CreateMapPage("w-1", Language.Ru);
        var query = System.Web.HttpUtility.ParseQueryString(map.Query);
        var download = links.CreateAll("w-1", Language.Ru).Links[0].Url;
        var downloadQuery = System.Web.HttpUtility.ParseQueryString(download.Query);

        Assert.Equal(ExportLinkCheck.Valid, links.VerifyMapPage("w-1", query["lang"], query["exp"], query["sig"]).Check);
        Assert.Equal(ExportLinkCheck.BadSignature, links.VerifyMapPage("w-2", query["lang"], query["exp"], query["sig"]).Check);
        Assert.Equal(ExportLinkCheck.BadSignature, links.VerifyMapPage("w-1", "en", query["exp"], query["sig"]).Check);
        Assert.Equal(ExportLinkCheck.BadSignature, links.VerifyMapPage("w-1", query["lang"], query["exp"] + "0", query["sig"]).Check);
        Assert.Equal(ExportLinkCheck.BadSignature, links.VerifyMapPage("w-1", downloadQuery["lang"], downloadQuery["exp"], downloadQuery["sig"]).Check);
        Assert.Equal(ExportLinkCheck.BadSignature, links.Verify("w-1", ExportLinks.MapPage + "x", query["lang"], query["exp"], query["sig"]).Check);
    }

    private static void AssertFullMap(BotTestHost host, CardView card, string title, string language)
    {
        var button = card.Button(title);
        Assert.Equal("Action.OpenUrl", button.Type);
        var url = new Uri(OpenUrl(card.Json, title));
        Assert.StartsWith("https://cjmbot.test/map/", url.ToString(), StringComparison.Ordinal);
        var query = System.Web.HttpUtility.ParseQueryString(url.Query);
        Assert.Equal(language, query["lang"]);
        var (check, link) = host.Services.GetRequiredService<ExportLinks>()
            .VerifyMapPage(Uri.UnescapeDataString(url.AbsolutePath.Split('/')[2]), query["lang"], query["exp"], query["sig"]);
        Assert.Equal(ExportLinkCheck.Valid, check);
        Assert.Equal(host.Time.GetUtcNow().AddDays(30).ToUnixTimeSeconds(), link!.ExpiresAt.ToUnixTimeSeconds());
    }

    private static string OpenUrl(JsonNode? node, string title) => node switch
    {
        JsonObject obj when obj["type"]?.GetValue<string>() == "Action.OpenUrl" && obj["title"]?.GetValue<string>() == title => obj["url"]!.GetValue<string>(),
        JsonObject obj => obj.Select(pair => OpenUrl(pair.Value, title)).FirstOrDefault(url => url.Length > 0) ?? "",
        JsonArray array => array.Select(item => OpenUrl(item, title)).FirstOrDefault(url => url.Length > 0) ?? "",
        _ => "",
    };
}
