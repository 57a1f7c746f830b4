using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Meldcode.EndToEnd.Tests.Support;

/// <summary>Drives the Development sign-in page (/inloggen), where one picks a seeded demo user.</summary>
internal static partial class DemoSignIn
{
    /// <summary>Sanne de Vries, Professional at Basisschool De Esdoorn (see DevelopmentSeeder).</summary>
    public const string Professional = "Sanne de Vries";

    /// <summary>Mehmet Yılmaz, aandachtsfunctionaris (SafeguardingLead) of Sanne's team, Basisschool De Esdoorn.</summary>
    public const string SafeguardingLead = "Mehmet Yılmaz";

    /// <summary>The demo functionaris gegevensbescherming.</summary>
    public const string PrivacyOfficer = "Fatima El Amrani";

    public const string SessionCookieName = "__Host-Meldcode";

    /// <summary>Matches the sign-in page's address, with or without a query string.</summary>
    [GeneratedRegex(@"/inloggen(\?.*)?$")]
    public static partial Regex SignInPageAddress();

    /// <summary>
    /// Opens the start page, is sent to the sign-in page, chooses the user and signs in.
    /// <paramref name="onSignInPage"/>, if given, runs on the sign-in page before anything is chosen
    /// (e.g. an accessibility check).
    /// </summary>
    public static async Task SignInAsync(IPage page, string displayName, Func<IPage, Task>? onSignInPage = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(SignInPageAddress());
        if (onSignInPage is not null)
        {
            await onSignInPage(page);
        }

        await page.GetByRole(AriaRole.Radio, new() { Name = displayName }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Welkom, {displayName}");
    }
}
