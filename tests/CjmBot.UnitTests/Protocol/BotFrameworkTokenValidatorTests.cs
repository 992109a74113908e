using CjmBot.Protocol.Authentication;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Xunit;

namespace CjmBot.UnitTests.Protocol;

public sealed class BotFrameworkTokenValidatorTests
{
    private const string Jwks = """
        {"keys":[
          {"kty":"RSA","use":"sig","kid":"teams","n":"sXch","e":"AQAB","endorsements":["msteams","webchat"]},
          {"kty":"RSA","use":"sig","kid":"plain","n":"sXch","e":"AQAB"},
          {"kty":"RSA","use":"sig","kid":"none","n":"sXch","e":"AQAB","endorsements":[]}
        ]}
        """;

    [Theory]
    [InlineData("Bearer abc.def.ghi", true, "abc.def.ghi")]
    [InlineData("Bearer  abc.def.ghi", false, "")]
    [InlineData("bearer abc.def.ghi", false, "")]
    [InlineData("Basic abc", false, "")]
    [InlineData("Bearer", false, "")]
    [InlineData("Bearer ", false, "")]
    [InlineData("Bearer a b", false, "")]
    [InlineData("", false, "")]
    [InlineData(null, false, "")]
    public void TryReadBearerToken_AcceptsOnlyExactlyBearerAndToken(string? header, bool expected, string expectedToken)
    {
        var accepted = BotFrameworkTokenValidator.TryReadBearerToken(header, out var token);

        Assert.Equal(expected, accepted);
        Assert.Equal(expectedToken, token);
    }

    [Theory]
    [InlineData("teams", "msteams", true)]
    [InlineData("teams", "MSTeams", true)]
    [InlineData("teams", "skype", false)]
    [InlineData("none", "msteams", false)]
    [InlineData("plain", "msteams", true)]
    [InlineData("teams", null, true)]
    [InlineData("missing-from-set", "msteams", true)]
    public void IsEndorsed_FollowsTheKeysEndorsements(string keyId, string? channelId, bool expected)
    {
        var configuration = new OpenIdConnectConfiguration { JsonWebKeySet = new Microsoft.IdentityModel.Tokens.JsonWebKeySet(Jwks) };

        Assert.Equal(expected, BotFrameworkTokenValidator.IsEndorsed(configuration, keyId, channelId));
    }
}
