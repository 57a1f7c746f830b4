using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Meldcode.EndToEnd.Tests.Support;

/// <summary>The steps at the test provider's own pages: signing in on its development login screen, and confirming to sign out there.</summary>
internal static class ProviderJourney
{
    /// <summary>From Meldcode's start page to the provider's development login screen, and back once signed in.</summary>
    public static async Task SignInAtProviderAsync(this OrganisationSignInAppFixture app, IPage page, string login)
    {
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(app.ProviderAddress());
        await page.Locator("input[name=login]").FillAsync(login);
        await page.Locator("input[name=password]").FillAsync("any password will do");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign-in" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(app.BaseAddress.GetLeftPart(UriPartial.Authority))));
    }

    /// <summary>Uitloggen in Meldcode's banner, "yes" at the provider, and back on "Je bent uitgelogd".</summary>
    public static async Task SignOutHereAndAtProviderAsync(this OrganisationSignInAppFixture app, IPage page)
    {
        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Uitloggen", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(app.ProviderAddress());
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, sign me out" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(app.Url("/inloggen?uitgelogd=true"));
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Je bent uitgelogd.");
    }

    public static Regex ProviderAddress(this OrganisationSignInAppFixture app) =>
        new("^" + Regex.Escape(app.ProviderIssuer.GetLeftPart(UriPartial.Authority)) + "/");

    public static string Url(this OrganisationSignInAppFixture app, string path) => new Uri(app.BaseAddress, path).ToString();
}
