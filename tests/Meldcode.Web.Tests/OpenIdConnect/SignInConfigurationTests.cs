using Meldcode.Web.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace Meldcode.Web.Tests.OpenIdConnect;

/// <summary>The operator's start-up messages about the identity provider settings.</summary>
public sealed class SignInConfigurationTests
{
    [Fact]
    public void Production_without_a_client_secret_is_refused_and_told_where_the_secret_belongs()
    {
        var reason = StartupChecks.SignInProblem(Environment(Environments.Production), new IdentityProviderOptions { Authority = "https://idp.example", ClientId = "meldcode" });

        Assert.Contains("Authentication:Oidc:ClientSecret is not set", reason, StringComparison.Ordinal);
        Assert.Contains("Authentication__Oidc__ClientSecret", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_client_secret_in_a_committed_appsettings_file_is_refused()
    {
        var folder = Directory.CreateTempSubdirectory("meldcode-settings-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "appsettings.json"), """
                {"Authentication":{"Oidc":{"Authority":"https://idp.example","ClientId":"meldcode","ClientSecret":"oops"}}}
                """);
            var configuration = new ConfigurationBuilder().SetBasePath(folder).AddJsonFile("appsettings.json").Build();

            var reason = StartupChecks.SignInProblem(Environment(Environments.Production), configuration);

            Assert.NotNull(reason);
            Assert.Contains("ClientSecret is set in appsettings.json", reason, StringComparison.Ordinal);
            Assert.DoesNotContain("oops", reason, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_client_secret_from_the_environment_is_accepted()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Authentication:Oidc:Authority"] = "https://idp.example",
                ["Authentication:Oidc:ClientId"] = "meldcode",
                ["Authentication:Oidc:ClientSecret"] = "from-the-environment",
            })
            .Build();

        Assert.Null(StartupChecks.SignInProblem(Environment(Environments.Production), configuration));
    }

    [Fact]
    public void In_development_a_partly_configured_provider_is_refused_because_it_switches_the_demo_sign_in_off()
    {
        var reason = StartupChecks.SignInProblem(Environment(Environments.Development), new IdentityProviderOptions { ClientId = "meldcode" });

        Assert.NotNull(reason);
        Assert.Contains("only partly configured", reason, StringComparison.Ordinal);
        Assert.Contains("Authentication:Oidc:Authority is not set.", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_http_is_accepted_for_a_provider_on_this_machine_in_development_only()
    {
        var local = new IdentityProviderOptions { Authority = "http://127.0.0.1:3000", ClientId = "meldcode", ClientSecret = "s" };

        Assert.Null(StartupChecks.SignInProblem(Environment(Environments.Development), local));
        Assert.Contains("must be an absolute https URL", StartupChecks.SignInProblem(Environment(Environments.Production), local), StringComparison.Ordinal);
        Assert.NotNull(StartupChecks.SignInProblem(Environment(Environments.Development), new IdentityProviderOptions { Authority = "http://idp.example", ClientId = "meldcode", ClientSecret = "s" }));
    }

    [Fact]
    public void Callback_paths_must_be_local_paths()
    {
        var options = new IdentityProviderOptions { Authority = "https://idp.example", ClientId = "meldcode", ClientSecret = "s", CallbackPath = "https://evil.example/cb" };

        Assert.Contains(options.Problems(), p => p.StartsWith("Authentication:Oidc:CallbackPath must be a path", StringComparison.Ordinal));
    }

    private static HostingEnvironment Environment(string name) => new() { EnvironmentName = name, ContentRootPath = Path.GetTempPath() };
}
