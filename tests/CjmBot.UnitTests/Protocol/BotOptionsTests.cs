using System.ComponentModel.DataAnnotations;
using CjmBot.Protocol.Authentication;
using Xunit;

namespace CjmBot.UnitTests.Protocol;

public sealed class BotOptionsTests
{
    private const string AppId = "5b0c0f0e-1111-4222-8333-944445555666";
    private const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    [Fact]
    public void Validate_AuthenticationDisabledWithNothingElse_IsValid()
    {
        Assert.Empty(Errors(new BotOptions { DisableAuthentication = true }));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("my-bot")]
    public void Validate_AuthenticationOnWithoutGuidAppId_Fails(string? appId)
    {
        var errors = Errors(new BotOptions { AppId = appId, TenantId = TenantId, AppPassword = "secret" });

        Assert.Contains(errors, e => e.MemberNames.Contains(nameof(BotOptions.AppId)));
    }

    [Fact]
    public void Validate_SingleTenantComplete_IsValid()
    {
        Assert.Empty(Errors(new BotOptions { AppId = AppId, AppType = BotAppType.SingleTenant, TenantId = TenantId, AppPassword = "secret" }));
    }

    [Fact]
    public void Validate_SingleTenantWithoutTenantOrPassword_FailsForBoth()
    {
        var errors = Errors(new BotOptions { AppId = AppId, AppType = BotAppType.SingleTenant });

        Assert.Contains(errors, e => e.MemberNames.Contains(nameof(BotOptions.TenantId)));
        Assert.Contains(errors, e => e.MemberNames.Contains(nameof(BotOptions.AppPassword)));
    }

    [Fact]
    public void Validate_MultiTenantWithoutPassword_Fails()
    {
        var errors = Errors(new BotOptions { AppId = AppId, AppType = BotAppType.MultiTenant });

        Assert.Contains(errors, e => e.MemberNames.Contains(nameof(BotOptions.AppPassword)));
        Assert.DoesNotContain(errors, e => e.MemberNames.Contains(nameof(BotOptions.TenantId)));
    }

    [Fact]
    public void Validate_ManagedIdentityWithPassword_Fails()
    {
        var errors = Errors(new BotOptions { AppId = AppId, AppType = BotAppType.UserAssignedMSI, TenantId = TenantId, AppPassword = "secret" });

        Assert.Contains(errors, e => e.MemberNames.Contains(nameof(BotOptions.AppPassword)));
    }

    [Fact]
    public void Validate_ManagedIdentityWithoutTenant_Fails()
    {
        var errors = Errors(new BotOptions { AppId = AppId, AppType = BotAppType.UserAssignedMSI });

        Assert.Contains(errors, e => e.MemberNames.Contains(nameof(BotOptions.TenantId)));
    }

    [Theory]
    [InlineData(new string[0], "any-tenant", true)]
    [InlineData(new string[0], null, true)]
    [InlineData(new[] { "tenant-a" }, "TENANT-A", true)]
    [InlineData(new[] { "tenant-a" }, "tenant-b", false)]
    [InlineData(new[] { "tenant-a" }, null, false)]
    public void IsTenantAllowed_FollowsTheAllowList(string[] allowed, string? tenantId, bool expected)
    {
        Assert.Equal(expected, new BotOptions { AllowedTenants = allowed }.IsTenantAllowed(tenantId));
    }

    private static List<ValidationResult> Errors(BotOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
