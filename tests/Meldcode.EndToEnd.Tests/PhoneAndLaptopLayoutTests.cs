using Deque.AxeCore.Playwright;
using Meldcode.EndToEnd.Tests.Support;
using Meldcode.Web.Presentation;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Meldcode.EndToEnd.Tests;

/// <summary>
/// A professional's daily pages on a 360 px phone (nothing scrolls sideways, the step rail shows the current step,
/// a form starts on the first screen, no WCAG A/AA violations) and the header on a 1280 px laptop (one line, even
/// with every link of the navigation). Screenshots go to test-artifacts/.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneAndLaptopLayoutTests
{
    private const int PhoneWidth = 360;
    /// <summary>The first screen of a common 360 px phone (360 × 740 CSS pixels).</summary>
    private const int PhoneHeight = 740;

    private readonly MeldcodeAppFixture _app;

    public PhoneAndLaptopLayoutTests(MeldcodeAppFixture app)
    {
        _app = app;
    }

    [Fact]
    public async Task On_a_phone_the_list_a_dossier_and_a_form_fit_the_screen_and_the_step_rail_shows_the_current_step()
    {
        await using var context = await _app.NewContextAsync(PhoneWidth, PhoneHeight);
        var page = await context.NewPageAsync();
        try
        {
            await DemoSignIn.SignInAsync(page, DemoSignIn.Professional);
            await FitsAsync(page, "phone-start");

            await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Mijn dossiers", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mijn dossiers");
            await page.GetByRole(AriaRole.Link, new() { Name = "Nieuw dossier", Exact = true }).ClickAsync();
            var child = page.GetByRole(AriaRole.Group, new() { Name = "Het kind" });
            await child.GetByLabel("Voornaam").FillAsync("Maximiliaan-Alexander");
            await child.GetByLabel("Achternaam").FillAsync("Vanderhoeven-Schimmelpenninck");
            await child.GetByLabel("Geboortedatum").FillAsync("2016-05-02");
            await child.GetByLabel("Groep of klas").FillAsync("Groep 5");
            await page.GetByRole(AriaRole.Button, new() { Name = "Dossier openen", Exact = true }).ClickAsync();
            await Expect(page.Locator(".dossier-header__child")).ToContainTextAsync("Maximiliaan-Alexander");

            // The dossier: the five steps fold into one line with the current step, which opens the list.
            var steps = page.Locator("details.step-summary");
            await Expect(steps.Locator("summary")).ToHaveTextAsync("Stap 1 van 5: Signalen in kaart brengen");
            await Expect(page.GetByRole(AriaRole.List, new() { Name = "De vijf stappen van de meldcode", Exact = true })).ToBeHiddenAsync();
            var shortList = page.GetByRole(AriaRole.List, new() { Name = "De vijf stappen van de meldcode (kort)" });
            await Expect(shortList).ToBeHiddenAsync();
            await FitsAsync(page, "phone-dossier");
            await steps.Locator("summary").ClickAsync();
            await Expect(shortList.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(5);
            await FitsAsync(page, "phone-dossier-steps-open");

            // A form: its field starts on the first screen (at least a line of it, 3 rem, is visible without scrolling).
            await page.GetByRole(AriaRole.Region, new() { Name = "Vastleggen", Exact = true }).GetByRole(AriaRole.Link, new() { Name = "Opmerking toevoegen", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Opmerking toevoegen");
            var box = await page.GetByLabel("Je opmerking").BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.Y + 48 <= PhoneHeight, $"The form's field starts at {box.Y}px, too low on a first screen of {PhoneHeight}px.");
            await FitsAsync(page, "phone-comment-form");

            // The signal form, the longest one: its explanation folds, so the first field is on the first screen too.
            await page.GotoAsync(page.Url.Replace("/opmerking", "/signaal", StringComparison.Ordinal));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Signaal vastleggen");
            var date = await page.GetByLabel("Datum", new() { Exact = true }).BoundingBoxAsync();
            Assert.NotNull(date);
            Assert.True(date.Y + 48 <= PhoneHeight, $"The signal form's first field starts at {date.Y}px, too low on a first screen of {PhoneHeight}px.");
            await FitsAsync(page, "phone-signal-form");

            // The list, now with a dossier with long names, as stacked rows.
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Mijn dossiers", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Kind: Maximiliaan-Alexander Vanderhoeven-Schimmelpenninck" })).ToBeVisibleAsync();
            await FitsAsync(page, "phone-my-dossiers");

            await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Adviesvragen", Exact = true }).ClickAsync();
            await FitsAsync(page, "phone-consultations");
        }
        catch
        {
            await MeldcodeAppFixture.SaveFailureScreenshotAsync(page, nameof(On_a_phone_the_list_a_dossier_and_a_form_fit_the_screen_and_the_step_rail_shows_the_current_step));
            throw;
        }
    }

    [Fact]
    public Task On_a_laptop_the_header_is_one_line_even_with_every_link_of_the_navigation() =>
        _app.RunInBrowserAsync(
            async page =>
            {
                await DemoSignIn.SignInAsync(page, DemoSignIn.Professional);

                // No demo user holds every role: give the menu every link there is (with the real styles) to measure the longest header.
                var texts = Navigation.All.Select(item => item.Text).ToArray();
                await page.EvaluateAsync(
                    """
                    texts => {
                        const list = document.querySelector('.main-nav ul');
                        const present = [...list.querySelectorAll('a')].map(a => a.textContent.trim());
                        for (const text of texts.filter(t => !present.includes(t))) {
                            const item = document.createElement('li');
                            const link = document.createElement('a');
                            link.href = '#';
                            link.textContent = text;
                            item.append(link);
                            list.append(item);
                        }
                    }
                    """,
                    texts);
                Assert.Equal(texts.Length, await page.Locator(".main-nav li").CountAsync());
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Artifacts, "laptop-header-1280px.png") });

                // One line: every part of the header overlaps every other part vertically.
                var extremes = await page.EvaluateAsync<double[]>(
                    """
                    () => {
                        const parts = [...document.querySelectorAll('.site-header__inner > *, .main-nav li')].map(e => e.getBoundingClientRect());
                        return [Math.max(...parts.map(r => r.top)), Math.min(...parts.map(r => r.bottom))];
                    }
                    """);
                Assert.True(extremes[0] < extremes[1], $"The header wraps: a part starts at {extremes[0]}px, below the end of another at {extremes[1]}px.");
                Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 1280);
            },
            nameof(On_a_laptop_the_header_is_one_line_even_with_every_link_of_the_navigation));

    /// <summary>No sideways scrolling (WCAG 1.4.10), no axe violations, and a screenshot for people to look at.</summary>
    private static async Task FitsAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Artifacts, $"{name}-{PhoneWidth}px.png"), FullPage = true });
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"{page.Url} is {widths[0]}px wide on a {widths[1]}px wide screen.");
        var result = await page.RunAxe(AxeAudit.WcagAandAA);
        Assert.True(result.Violations.Length == 0, AxeAudit.Describe(page.Url, result.Violations));
    }
}
