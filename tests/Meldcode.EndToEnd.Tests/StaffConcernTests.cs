using System.Text.RegularExpressions;
using Meldcode.EndToEnd.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Meldcode.EndToEnd.Tests;

/// <summary>
/// A concern about a staff member, in two browsers: a professional raises it; the board opens it, which
/// records nothing, and then says with the button that it has read it. Each run leaves a screenshot per
/// width of the board's page in test-artifacts/.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class StaffConcernTests
{
    private const string Board = "Willem van den Berg";

    private readonly MeldcodeAppFixture _app;

    public StaffConcernTests(MeldcodeAppFixture app)
    {
        _app = app;
    }

    [GeneratedRegex(@"/medewerker-meldingen/[0-9a-f-]{36}")]
    private static partial Regex ConcernAddress();

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task Opening_a_concern_records_nothing_and_the_board_says_with_a_button_that_it_has_read_it(int width)
    {
        var address = string.Empty;
        await _app.RunInBrowserAsync(
            async page =>
            {
                await DemoSignIn.SignInAsync(page, DemoSignIn.Professional);
                await page.GotoAsync("/medewerker-meldingen/nieuw");
                await page.GetByLabel("Naam van de medewerker").FillAsync("Karel Pieters");
                await page.GetByLabel("Wat heb je gezien of gehoord?").FillAsync("Karel nam een leerling mee naar een lege ruimte en deed de deur op slot.");
                await page.GetByRole(AriaRole.Button, new() { Name = "Melden bij het bevoegd gezag" }).ClickAsync();
                await Expect(page).ToHaveURLAsync(ConcernAddress());
                address = new Uri(page.Url).AbsolutePath;
            },
            $"{nameof(Opening_a_concern_records_nothing_and_the_board_says_with_a_button_that_it_has_read_it)}_{width}_raise",
            width);

        await _app.RunInBrowserAsync(
            async page =>
            {
                await DemoSignIn.SignInAsync(page, Board);
                await page.GotoAsync(address);
                var read = page.Locator("dt:text-is('Gelezen door het bevoegd gezag') + dd");
                await Expect(read).ToHaveTextAsync("nog niet");
                await page.ReloadAsync();
                await Expect(read).ToHaveTextAsync("nog niet");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Artifacts, $"staff-concern-unread-{width}px.png"), FullPage = true });

                await page.GetByRole(AriaRole.Button, new() { Name = "Ik heb de melding gelezen" }).ClickAsync();

                await Expect(read).Not.ToHaveTextAsync("nog niet");
                await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Ik heb de melding gelezen" })).ToHaveCountAsync(0);
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryPaths.Artifacts, $"staff-concern-read-{width}px.png"), FullPage = true });
                var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
                Assert.True(scrollWidth <= width, $"The page is {scrollWidth}px wide on a {width}px wide screen.");
            },
            $"{nameof(Opening_a_concern_records_nothing_and_the_board_says_with_a_button_that_it_has_read_it)}_{width}_read",
            width);
    }
}
