using System.Net;
using System.Text.Json.Nodes;
using Meldcode.Domain.Users;
using Meldcode.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Web.Tests.Security;

/// <summary>Someone the organisation's provider vouches for becomes a user at their first sign-in, and waits for a role.</summary>
public sealed class WaitingForAccessTests : IDisposable
{
    private readonly MeldcodeFactory _factory = new MeldcodeFactory().WithIdentityProvider().CatchUpWithRealTime();

    [Fact]
    public async Task A_first_sign_in_through_the_organisation_lands_on_wacht_op_toegang()
    {
        using var client = _factory.CreateBrowser();

        using var callback = await client.SignInAtProviderAsync(_factory.IdentityProvider, "sub-new", claims => claims["name"] = "Ilse de Wit");
        using var start = await client.GetAsync(new Uri(callback.Headers.Location!.OriginalString, UriKind.Relative));

        Assert.Equal("/wacht-op-toegang", start.Headers.Location!.OriginalString);
        var page = await client.GetPageAsync("/wacht-op-toegang");
        Assert.Equal("Wacht op toegang", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Welkom, Ilse de Wit.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var userId = _factory.WithDatabase(c => c.Users.Single(u => u.ExternalSubject == "sub-new").Id);
        Assert.Equal(userId.ToString(), page.GetElementById("gebruikerscode")!.TextContent);
        Assert.Null(page.QuerySelector("nav.main-nav"));
        Assert.NotNull(page.QuerySelector("header form.account__signout"));
        Assert.NotNull(page.QuerySelector("header a.acute-link"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/dossiers")]
    [InlineData("/adviesvragen")]
    [InlineData("/medewerker-meldingen")]
    [InlineData("/beheer")]
    public async Task Someone_waiting_for_access_is_shown_wacht_op_toegang_instead_of_any_other_page(string url)
    {
        using var client = await WaitingClientAsync();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/wacht-op-toegang", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Someone_waiting_for_access_can_still_read_the_acute_danger_page_and_sign_out()
    {
        using var client = await WaitingClientAsync();
        var waiting = await client.GetPageAsync("/wacht-op-toegang");

        await client.GetPageAsync("/acuut-gevaar");
        using var signOut = await client.SubmitAsync(waiting, "/uitloggen", formSelector: "header form.account__signout");

        Assert.Equal(HttpStatusCode.OK, signOut.StatusCode); // on to the provider's end-session endpoint
        using var after = await client.GetAsync(new Uri("/wacht-op-toegang", UriKind.Relative));
        Assert.StartsWith("/inloggen", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_by_someone_waiting_for_access_is_refused()
    {
        using var client = await WaitingClientAsync();
        var waiting = await client.GetPageAsync("/wacht-op-toegang");

        using var response = await client.SubmitAsync(waiting, "/medewerker-meldingen/nieuw", new Dictionary<string, string> { ["StaffMemberName"] = "Tim", ["Description"] = "Iets gezien." }, "header form.account__signout");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, _factory.WithDatabase(c => c.StaffConcerns.Count()));
    }

    [Fact]
    public async Task Once_the_administrator_gives_a_role_the_next_request_shows_the_start_page()
    {
        using var client = await WaitingClientAsync();
        _factory.WithDatabase(c =>
        {
            var user = c.Users.Include(u => u.Memberships).Single(u => u.ExternalSubject == "sub-new");
            user.Grant(Role.Trainer);
            return c.SaveChanges();
        });

        using var waitingPage = await client.GetAsync(new Uri("/wacht-op-toegang", UriKind.Relative));
        var start = await client.GetPageAsync("/");

        Assert.Equal("/", waitingPage.Headers.Location!.OriginalString);
        Assert.Equal("Welkom, Ilse de Wit", start.QuerySelector("h1")!.TextContent);
        Assert.NotNull(start.QuerySelector("nav.main-nav"));
    }

    [Fact]
    public async Task A_user_with_a_role_is_sent_from_wacht_op_toegang_to_the_start_page()
    {
        _factory.LinkToProvider("Sanne de Vries", "sub-sanne");
        using var client = _factory.CreateBrowser();
        (await client.SignInAtProviderAsync(_factory.IdentityProvider, "sub-sanne")).Dispose();

        using var response = await client.GetAsync(new Uri("/wacht-op-toegang", UriKind.Relative));

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_deactivated_user_is_refused_at_sign_in_with_a_Dutch_page_that_says_so()
    {
        using (var first = await WaitingClientAsync())
        {
            _factory.WithDatabase(c =>
            {
                c.Users.Single(u => u.ExternalSubject == "sub-new").Deactivate();
                return c.SaveChanges();
            });
        }

        using var client = _factory.CreateBrowser();
        using var callback = await client.SignInAtProviderAsync(_factory.IdentityProvider, "sub-new");

        Assert.Equal("/inloggen/mislukt?reden=gedeactiveerd", callback.Headers.Location!.OriginalString);
        Assert.DoesNotContain(callback.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("__Host-Meldcode=", StringComparison.Ordinal));
        var page = await client.GetPageAsync("/inloggen/mislukt?reden=gedeactiveerd", HttpStatusCode.Forbidden);
        Assert.Contains("Je account in Meldcode is uitgezet (gedeactiveerd).", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_role_mapping_configured_the_providers_claim_gives_the_role_at_sign_in_and_takes_it_away_again()
    {
        using var factory = new MeldcodeFactory()
            .WithIdentityProvider()
            .WithSetting("Authentication:Oidc:RoleClaim", "roles")
            .WithSetting("Authentication:Oidc:RoleMapping:0:Claim", "meldcode-beheer")
            .WithSetting("Authentication:Oidc:RoleMapping:0:Role", "FunctionalAdministrator")
            .CatchUpWithRealTime();
        using var client = factory.CreateBrowser();

        (await client.SignInAtProviderAsync(factory.IdentityProvider, "sub-admin", claims => claims["roles"] = new JsonArray("meldcode-beheer", "iets-anders"))).Dispose();
        var start = await client.GetPageAsync("/");
        using var other = factory.CreateBrowser();
        (await other.SignInAtProviderAsync(factory.IdentityProvider, "sub-admin", claims => claims["roles"] = new JsonArray())).Dispose();
        using var withoutRole = await other.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("Functioneel beheerder", start.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/wacht-op-toegang", withoutRole.Headers.Location!.OriginalString);
    }

    public void Dispose() => _factory.Dispose();

    private async Task<HttpClient> WaitingClientAsync()
    {
        var client = _factory.CreateBrowser();
        using var callback = await client.SignInAtProviderAsync(_factory.IdentityProvider, "sub-new", claims => claims["name"] = "Ilse de Wit");
        Assert.Equal("/", callback.Headers.Location!.OriginalString);
        return client;
    }
}
