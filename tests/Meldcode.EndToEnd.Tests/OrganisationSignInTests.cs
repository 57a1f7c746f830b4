using Meldcode.EndToEnd.Tests.Support;
using Meldcode.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Meldcode.EndToEnd.Tests;

/// <summary>
/// Signing in through a real OpenID Connect provider (oidc-provider with its development login screen): a new
/// colleague waits for access, the functioneel beheerder gives a role, the colleague works, signs out at the
/// provider too, and the old session cookie is refused afterwards. axe checks every Meldcode page on the way.
/// </summary>
[Collection(OrganisationSignInCollection.Name)]
public sealed partial class OrganisationSignInTests
{
    private const string SessionCookie = "__Host-Meldcode";
    private readonly OrganisationSignInAppFixture _app;
    private readonly AxeAudit _audit;

    public OrganisationSignInTests(OrganisationSignInAppFixture app, ITestOutputHelper output)
    {
        _app = app;
        _audit = new AxeAudit(output);
    }

    [Fact]
    public async Task A_new_colleague_waits_for_access_gets_a_role_from_the_administrator_works_and_signs_out_for_good()
    {
        await using var ilseBrowser = await _app.NewContextAsync();
        await using var frankBrowser = await _app.NewContextAsync(viewportWidth: 390); // the administrator works on a phone
        var ilse = await ilseBrowser.NewPageAsync();
        var frank = await frankBrowser.NewPageAsync();

        await OrganisationSignInAppFixture.WithScreenshotsOnFailureAsync(async () =>
        {
            // Ilse signs in through her organisation for the first time and waits for access.
            await SignInAtProviderAsync(ilse, "ilse");
            await Expect(ilse).ToHaveURLAsync(Url("/wacht-op-toegang"));
            await Expect(Heading(ilse)).ToHaveTextAsync("Wacht op toegang");
            await Expect(ilse.GetByText("Welkom, Ilse de Wit.", new() { Exact = false })).ToBeVisibleAsync();
            await Expect(ilse.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" })).ToHaveCountAsync(0);
            await _audit.CheckAsync(ilse, "new colleague: wacht op toegang");

            // Frank signs in the same way; the operator makes him the functioneel beheerder by his user code.
            await SignInAtProviderAsync(frank, "frank");
            await Expect(Heading(frank)).ToHaveTextAsync("Wacht op toegang");
            var frankCode = await frank.Locator("#gebruikerscode").TextContentAsync();
            using (var scope = _app.Services.CreateScope())
            {
                var (done, message) = await scope.ServiceProvider.GetRequiredService<InstallationSetup>().GrantAdministratorAsync(frankCode!, CancellationToken.None);
                Assert.True(done, message);
            }

            // Frank gives Ilse the role of professional at Basisschool De Esdoorn.
            await frank.GotoAsync("/beheer");
            await Expect(Heading(frank)).ToHaveTextAsync("Beheer");
            await _audit.CheckAsync(frank, "administrator (phone): beheer");
            await frank.GetByRole(AriaRole.Link, new() { Name = "Ilse de Wit" }).ClickAsync();
            await Expect(Heading(frank)).ToHaveTextAsync("Ilse de Wit");
            await _audit.CheckAsync(frank, "administrator (phone): a user waiting for access");
            await frank.GetByLabel("Rol", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Professional" });
            await frank.GetByLabel("Team of locatie").SelectOptionAsync(new SelectOptionValue { Label = "Basisschool De Esdoorn" });
            await frank.GetByRole(AriaRole.Button, new() { Name = "Rol geven" }).ClickAsync();
            await Expect(frank.GetByRole(AriaRole.Status)).ToContainTextAsync("De rol is gegeven.");
            await Expect(frank.Locator(".role-list")).ToContainTextAsync("Professional – Basisschool De Esdoorn");
            await _audit.CheckAsync(frank, "administrator (phone): the user with a role");
            foreach (var (address, heading) in new[] { ("/beheer/gebruikers", "Gebruikers"), ("/beheer/teams", "Teams en locaties"), ("/beheer/organisatie", "Organisatie"), ("/beheer/log", "Beheerlog") })
            {
                await frank.GotoAsync(address);
                await Expect(Heading(frank)).ToHaveTextAsync(heading);
                await _audit.CheckAsync(frank, $"administrator (phone): {heading.ToLowerInvariant()}");
            }

            await Expect(frank.Locator("ol.admin-log li").First).ToContainTextAsync("Ilse de Wit heeft de rol Professional (Basisschool De Esdoorn) gekregen.");

            // Her very next request shows Ilse her start page, without signing in again.
            await ilse.ReloadAsync();
            await Expect(Heading(ilse)).ToHaveTextAsync("Welkom, Ilse de Wit");
            await Expect(ilse.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Mijn dossiers" })).ToBeVisibleAsync();
        }, [ilse, frank]);

        // The next day, in a fresh browser, Ilse signs in again and lands on her start page; then she signs out.
        await using var nextDay = await _app.NewContextAsync();
        var page = await nextDay.NewPageAsync();
        await OrganisationSignInAppFixture.WithScreenshotsOnFailureAsync(async () =>
        {
            await SignInAtProviderAsync(page, "ilse");
            await Expect(page).ToHaveURLAsync(Url("/"));
            await Expect(Heading(page)).ToHaveTextAsync("Welkom, Ilse de Wit");
            await _audit.CheckAsync(page, "colleague with a role: start page");
            var cookie = (await nextDay.CookiesAsync()).Single(c => c.Name == SessionCookie);

            // Signing out ends the session here and at the provider (RP-initiated logout), then comes back.
            await _app.SignOutHereAndAtProviderAsync(page);
            Assert.DoesNotContain(await nextDay.CookiesAsync(), c => c.Name == SessionCookie);
            await _audit.CheckAsync(page, "signed out");

            // Someone who kept a copy of the old session cookie gets nothing with it.
            await using var thief = await _app.NewContextAsync();
            await thief.AddCookiesAsync([new Cookie { Name = cookie.Name, Value = cookie.Value, Domain = cookie.Domain, Path = cookie.Path, Secure = cookie.Secure, HttpOnly = cookie.HttpOnly, SameSite = cookie.SameSite }]);
            var replayed = await thief.APIRequest.GetAsync("/", new() { MaxRedirects = 0, Headers = new Dictionary<string, string> { ["Accept"] = "text/html" } });
            Assert.Equal(302, replayed.Status);
            Assert.StartsWith(Url("/inloggen?terug="), replayed.Headers["location"], StringComparison.Ordinal);
        }, [page]);

        _audit.AssertNoViolations();
    }

    private Task SignInAtProviderAsync(IPage page, string login) => _app.SignInAtProviderAsync(page, login);

    private string Url(string path) => _app.Url(path);

    private static ILocator Heading(IPage page) => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
}
