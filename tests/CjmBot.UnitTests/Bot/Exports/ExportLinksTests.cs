using System.ComponentModel.DataAnnotations;
using CjmBot.Bot.Exports;
using CjmBot.Workshops;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace CjmBot.UnitTests.Bot.Exports;

public sealed class ExportLinksTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Now);

    [Fact]
    public void Create_ThenVerify_IsValidAndRoundTripsEveryPart()
    {
        var links = Links();
        var url = links.Create(new ExportLink("wabc", "xlsx", Language.Ru, Now.AddHours(1)));

        var (check, link) = Verify(links, url);

        Assert.Equal(ExportLinkCheck.Valid, check);
        Assert.Equal(new ExportLink("wabc", "xlsx", Language.Ru, Now.AddHours(1)), link);
        Assert.StartsWith("https://bot.example.com/base/exports/wabc/xlsx?lang=ru&exp=", url.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wabd", "xlsx", "ru", 3600)]
    [InlineData("wabc", "csv", "ru", 3600)]
    [InlineData("wabc", "xlsx", "en", 3600)]
    [InlineData("wabc", "xlsx", "ru", 7200)]
    public void Verify_AnyPartChanged_IsBadSignature(string workshopId, string format, string language, int expiresIn)
    {
        var links = Links();
        var url = links.Create(new ExportLink("wabc", "xlsx", Language.Ru, Now.AddHours(1)));
        var signature = System.Web.HttpUtility.ParseQueryString(url.Query)["sig"];

        var (check, _) = links.Verify(workshopId, format, language, Now.AddSeconds(expiresIn).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), signature);

        Assert.Equal(ExportLinkCheck.BadSignature, check);
    }

    [Fact]
    public void Verify_SignedWithAnotherKey_IsBadSignature()
    {
        var url = Links(key: new byte[32]).Create(new ExportLink("wabc", "csv", Language.En, Now.AddHours(1)));

        Assert.Equal(ExportLinkCheck.BadSignature, Verify(Links(), url).Check);
    }

    [Fact]
    public void Verify_AtTheExpiry_IsExpired()
    {
        var links = Links();
        var url = links.CreateAll("wabc", Language.En).Links[0].Url;

        _time.Advance(TimeSpan.FromHours(24));

        Assert.Equal(ExportLinkCheck.Expired, Verify(links, url).Check);
    }

    [Theory]
    [InlineData(null, "https://bot.example.com")]
    [InlineData("c2hvcnQ=", "https://bot.example.com")]
    [InlineData("not base64 at all!", "https://bot.example.com")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "ftp://bot.example.com")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", null)]
    public void Options_InvalidKeyOrAddress_FailValidation(string? key, string? url)
    {
        var options = new ExportOptions { SigningKey = key ?? "", PublicBaseUrl = url is null ? null : new Uri(url) };

        Assert.False(Validator.TryValidateObject(options, new ValidationContext(options), [], validateAllProperties: true));
    }

    [Fact]
    public void Options_ThirtyTwoByteKey_PassesValidation()
    {
        var options = new ExportOptions { SigningKey = Convert.ToBase64String(new byte[32]), PublicBaseUrl = new Uri("https://bot.example.com") };

        Assert.True(Validator.TryValidateObject(options, new ValidationContext(options), [], validateAllProperties: true));
    }

    private ExportLinks Links(byte[]? key = null) => new(Options.Create(new ExportOptions
    {
        SigningKey = Convert.ToBase64String(key ?? "0123456789abcdef0123456789abcdef"u8.ToArray()),
        PublicBaseUrl = new Uri("https://bot.example.com/base/"),
    }), _time);

    private static (ExportLinkCheck Check, ExportLink? Link) Verify(ExportLinks links, Uri url)
    {
        var parts = url.AbsolutePath.Split('/');
        var query = System.Web.HttpUtility.ParseQueryString(url.Query);
        return links.Verify(parts[^2], parts[^1], query["lang"], query["exp"], query["sig"]);
    }
}
