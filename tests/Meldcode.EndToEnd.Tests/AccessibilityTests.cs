using Deque.AxeCore.Playwright;
using Meldcode.EndToEnd.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Meldcode.EndToEnd.Tests;

/// <summary>axe-core finds no WCAG 2.0/2.1 level A or AA violations on the main pages.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests
{
    private readonly MeldcodeAppFixture _app;

    public AccessibilityTests(MeldcodeAppFixture app)
    {
        _app = app;
    }

    [Fact]
    public Task The_sign_in_page_has_no_accessibility_violations() =>
        _app.RunInBrowserAsync(async page =>
        {
            await page.GotoAsync("/inloggen");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Inloggen");

            await AssertNoViolationsAsync(page);
        });

    [Fact]
    public Task The_start_page_has_no_accessibility_violations() =>
        _app.RunInBrowserAsync(async page =>
        {
            await DemoSignIn.SignInAsync(page, DemoSignIn.Professional);

            await AssertNoViolationsAsync(page);
        });

    [Fact]
    public Task The_acute_danger_page_has_no_accessibility_violations() =>
        _app.RunInBrowserAsync(async page =>
        {
            await page.GotoAsync("/acuut-gevaar");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Acuut gevaar: wat doe je?");

            await AssertNoViolationsAsync(page);
        });

    [Fact]
    public Task The_figures_page_has_no_accessibility_violations_on_a_laptop_or_a_phone() =>
        _app.RunInBrowserAsync(async page =>
        {
            await DemoSignIn.SignInAsync(page, DemoSignIn.SafeguardingLead);
            await page.GotoAsync("/cijfers");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Cijfers voor het bestuur en de jaarlijkse evaluatie");
            await AssertNoViolationsAsync(page);

            await page.SetViewportSizeAsync(375, 740);
            await AssertNoViolationsAsync(page);

            await page.GotoAsync("/cijfers?van=2026-06-01&tot=2026-01-01");
            await Expect(page.Locator("#tot-fout")).ToHaveTextAsync("De einddatum ligt vóór de begindatum. Kies een einddatum op of na de begindatum.");
            await AssertNoViolationsAsync(page);
        });

    // The team overview (issue 13), as the demo aandachtsfunctionaris sees it: counts, filters, flags.
    [Fact]
    public Task The_team_overview_has_no_accessibility_violations() =>
        _app.RunInBrowserAsync(async page =>
        {
            await DemoSignIn.SignInAsync(page, DemoSignIn.SafeguardingLead);
            await page.GotoAsync("/team");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Teamoverzicht");

            await AssertNoViolationsAsync(page);
        });

    // The access log (issue 14), as the demo privacy officer reads it after a professional opened her dossiers:
    // the table, a filter refused on the form, and the chain check.
    [Fact]
    public Task The_access_log_has_no_accessibility_violations_on_a_laptop_or_a_phone() =>
        _app.RunInBrowserAsync(async page =>
        {
            await DemoSignIn.SignInAsync(page, DemoSignIn.Professional);
            await page.GotoAsync("/dossiers");
            await page.Locator("main table a").First.ClickAsync();
            await page.WaitForURLAsync("**/dossiers/*-*");
            await page.Context.ClearCookiesAsync();

            await DemoSignIn.SignInAsync(page, DemoSignIn.PrivacyOfficer);
            await page.GotoAsync("/privacy/toegangslog");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Toegangslog");
            await Expect(page.Locator("main tbody tr").First).ToBeVisibleAsync();
            await AssertNoViolationsAsync(page);

            await page.SetViewportSizeAsync(375, 740);
            await AssertNoViolationsAsync(page);

            await page.GotoAsync("/privacy/toegangslog?van=2026-06-01&tot=2026-01-01");
            await Expect(page.Locator("#tot-fout")).ToHaveTextAsync("De einddatum ligt vóór de begindatum. Kies een einddatum op of na de begindatum.");
            await AssertNoViolationsAsync(page);

            await page.GotoAsync("/privacy/toegangslog/controle");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync("De keten is intact");
            await AssertNoViolationsAsync(page);
        });

    private static async Task AssertNoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(AxeAudit.WcagAandAA);

        Assert.True(result.Violations.Length == 0, AxeAudit.Describe(page.Url, result.Violations));
    }
}
