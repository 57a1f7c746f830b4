using System.Text.Json;
using Meldcode.Web.Configuration;
using Meldcode.Web.Security.OpenIdConnect;
using Microsoft.Extensions.Configuration;

namespace Meldcode.Web.Tests.OpenIdConnect;

public sealed class SignInRulesTests
{
    [Theory]
    [InlineData("mfa", true)]
    [InlineData("hwk", true)]
    [InlineData("pwd otp", true)]
    [InlineData("pwd sms", true)]
    [InlineData("otp fpt", true)]
    [InlineData("swk face", true)]
    [InlineData("pwd", false)]
    [InlineData("otp", false)]
    [InlineData("pwd pin", false)]
    [InlineData("swk", false)]
    [InlineData("", false)]
    public void Multi_factor_means_mfa_a_hardware_key_or_factors_of_two_kinds(string methods, bool satisfied)
    {
        var amr = methods.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(satisfied, MultiFactorRule.IsSatisfied(amr, null, []));
    }

    [Fact]
    public void A_configured_acr_value_counts_as_multi_factor_and_another_does_not()
    {
        Assert.True(MultiFactorRule.IsSatisfied(["pwd"], "gold", ["gold"]));
        Assert.False(MultiFactorRule.IsSatisfied(["pwd"], "bronze", ["gold"]));
    }

    [Fact]
    public void The_external_identity_takes_issuer_and_subject_name_email_methods_and_roles_from_the_configured_claim()
    {
        using var claims = JsonDocument.Parse("""
            {"sub":"f:1234","given_name":"Sanne","family_name":"de Vries","email":"s@school.example","email_verified":true,
             "amr":["pwd","otp"],"acr":"1","realm_access":{"roles":["meldcode-admin","offline_access"]}}
            """);
        var token = new ValidatedIdToken("https://idp.example", "f:1234", claims.RootElement.Clone());

        var identity = ExternalIdentity.From(token, "realm_access.roles");

        Assert.Equal(("https://idp.example", "f:1234"), (identity.Issuer, identity.Subject));
        Assert.Equal("Sanne de Vries", identity.DisplayName);
        Assert.Equal("s@school.example", identity.Email);
        Assert.True(identity.EmailVerified);
        Assert.Equal(["pwd", "otp"], identity.AuthenticationMethods);
        Assert.Equal(["meldcode-admin", "offline_access"], identity.Roles);
    }

    [Fact]
    public void Without_a_role_claim_configured_no_roles_are_read()
    {
        using var claims = JsonDocument.Parse("""{"sub":"x","roles":["admin"]}""");

        var identity = ExternalIdentity.From(new ValidatedIdToken("https://idp.example", "x", claims.RootElement.Clone()), null);

        Assert.Empty(identity.Roles);
    }

    [Fact]
    public void Scopes_default_to_openid_profile_email_and_always_include_openid()
    {
        var defaults = new IdentityProviderOptions();
        var configured = new IdentityProviderOptions();
        configured.Scope.Add("profile offline_access");

        Assert.Equal(["openid", "profile", "email"], defaults.EffectiveScopes());
        Assert.Equal(["openid", "profile", "offline_access"], configured.EffectiveScopes());
    }

    [Fact]
    public void Scopes_and_acr_values_are_read_from_configuration_without_doubling_the_defaults()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Authentication:Oidc:Scope:0"] = "openid",
                ["Authentication:Oidc:Scope:1"] = "profile",
                ["Authentication:Oidc:MfaAcrValues:0"] = "gold",
            })
            .Build();

        var options = configuration.GetSection(IdentityProviderOptions.SectionName).Get<IdentityProviderOptions>()!;

        Assert.Equal(["openid", "profile"], options.EffectiveScopes());
        Assert.Equal(["gold"], options.MfaAcrValues);
    }
}
