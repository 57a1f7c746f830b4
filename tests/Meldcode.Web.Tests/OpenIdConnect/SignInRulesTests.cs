using System.Text.Json;
using Meldcode.Application.Authentication.SignInWithOrganisationAccount;
using Meldcode.Domain.Users;
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
        var identity = ExternalIdentity.From("https://idp.example", "f:1234", claims.RootElement, "realm_access.roles");

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

        var identity = ExternalIdentity.From("https://idp.example", "x", claims.RootElement, null);

        Assert.Empty(identity.Roles);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("client_secret_post", true)]
    [InlineData("client_secret_basic", true)]
    [InlineData("private_key_jwt", false)]
    public void The_token_endpoint_auth_method_is_client_secret_post_by_default_or_client_secret_basic(string? method, bool accepted)
    {
        var options = new IdentityProviderOptions { Authority = "https://idp.example", ClientId = "meldcode", ClientSecret = "from-the-environment" };
        if (method is not null)
        {
            options.TokenEndpointAuthMethod = method;
        }

        Assert.Equal(accepted, !options.Problems().Any(p => p.Contains("TokenEndpointAuthMethod", StringComparison.Ordinal)));
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

/// <summary>The role mapping: which claim value gives which Meldcode role, checked at start-up and applied at sign-in.</summary>
public sealed class RoleMappingTests
{
    [Fact]
    public void The_role_mapping_is_read_from_configuration_as_a_list_of_claim_role_and_team()
    {
        var options = Bind(new Dictionary<string, string?>
        {
            ["RoleClaim"] = "groups",
            ["RoleMapping:0:Claim"] = "urn:mace:school:meldcode-beheer",
            ["RoleMapping:0:Role"] = "FunctionalAdministrator",
            ["RoleMapping:1:Claim"] = "esdoorn-leerkrachten",
            ["RoleMapping:1:Role"] = "Professional",
            ["RoleMapping:1:Team"] = "Basisschool De Esdoorn",
        });

        Assert.Empty(options.Problems());
        Assert.Equal(
            [("urn:mace:school:meldcode-beheer", "FunctionalAdministrator", null), ("esdoorn-leerkrachten", "Professional", "Basisschool De Esdoorn")],
            options.RoleMapping.Select(e => (e.Claim, e.Role, e.Team)));
    }

    [Theory]
    [InlineData(null, "groups", "Trainer", null, "RoleMapping is set but Authentication:Oidc:RoleClaim is not")]
    [InlineData("groups", null, "Trainer", null, "RoleMapping:0:Claim is not set")]
    [InlineData("groups", "g", "Beheerder", null, "RoleMapping:0:Role must be one of Professional, SafeguardingLead, Trainer, FunctionalAdministrator, PrivacyOfficer, Board.")]
    [InlineData("groups", "g", "4", null, "RoleMapping:0:Role must be one of")]
    [InlineData("groups", "g", "Professional", null, "RoleMapping:0:Team is not set")]
    [InlineData("groups", "g", "Board", "Het Anker", "RoleMapping:0:Team must be empty")]
    public void A_wrong_role_mapping_is_refused_at_start_up_with_the_key_named(string? roleClaim, string? claim, string role, string? team, string problem)
    {
        var options = Bind(new Dictionary<string, string?>
        {
            ["RoleClaim"] = roleClaim,
            ["RoleMapping:0:Claim"] = claim,
            ["RoleMapping:0:Role"] = role,
            ["RoleMapping:0:Team"] = team,
        });

        Assert.Contains(options.Problems(), p => p.Contains(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void A_role_claim_without_a_mapping_is_refused_because_it_would_be_ignored()
    {
        var options = Bind(new Dictionary<string, string?> { ["RoleClaim"] = "roles" });

        Assert.Contains(options.Problems(), p => p.Contains("RoleClaim is set but Authentication:Oidc:RoleMapping lists no roles", StringComparison.Ordinal));
    }

    [Fact]
    public void At_sign_in_the_mapping_names_every_role_it_governs_and_those_the_claim_grants_now()
    {
        var options = Bind(new Dictionary<string, string?>
        {
            ["RoleClaim"] = "roles",
            ["RoleMapping:0:Claim"] = "beheer",
            ["RoleMapping:0:Role"] = "FunctionalAdministrator",
            ["RoleMapping:1:Claim"] = "esdoorn",
            ["RoleMapping:1:Role"] = "Professional",
            ["RoleMapping:1:Team"] = " Basisschool De Esdoorn ",
            ["RoleMapping:2:Claim"] = "Beheer",
            ["RoleMapping:2:Role"] = "Trainer",
        });
        var identity = new ExternalIdentity("https://idp.example", "sub-1", "Sanne", null, false, ["beheer", "esdoorn", "anders"], [], null);

        var roles = OrganisationAccountSignIn.ProviderRolesOf(identity, options.RoleMapping)!;

        Assert.Equal(
            [new(Role.FunctionalAdministrator, null), new(Role.Professional, "Basisschool De Esdoorn"), new(Role.Trainer, null)],
            roles.Governed);
        Assert.Equal([new(Role.FunctionalAdministrator, null), new ProviderRole(Role.Professional, "Basisschool De Esdoorn")], roles.Granted);
        Assert.Null(OrganisationAccountSignIn.ProviderRolesOf(identity, []));
    }

    private static IdentityProviderOptions Bind(Dictionary<string, string?> settings)
    {
        var section = new Dictionary<string, string?>
        {
            ["Authority"] = "https://idp.example",
            ["ClientId"] = "meldcode",
            ["ClientSecret"] = "from-the-environment",
        };
        foreach (var (key, value) in settings)
        {
            section[key] = value;
        }

        return new ConfigurationBuilder()
            .AddInMemoryCollection(section.Select(p => new KeyValuePair<string, string?>($"{IdentityProviderOptions.SectionName}:{p.Key}", p.Value)))
            .Build()
            .GetSection(IdentityProviderOptions.SectionName)
            .Get<IdentityProviderOptions>()!;
    }
}
