using Meldcode.EndToEnd.Tests.Support;
using Microsoft.Playwright;

namespace Meldcode.EndToEnd.Tests;

/// <summary>
/// The start page on a small phone and on a desktop. Each run leaves a screenshot per width in
/// test-artifacts/ for people to look at.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StartPageLayoutTests
{
    private readonly MeldcodeAppFixture _app;

    public StartPageLayoutTests(MeldcodeAppFixture app)
    {
        _app = app;
    }

    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public Task The_start_page_fits_the_screen_width_without_horizontal_scrolling(int width) =>
        _app.RunInBrowserAsync(
            async page =>
            {
                await DemoSignIn.SignInAsync(page, DemoSignIn.Professional);
                await page.ScreenshotAsync(new PageScreenshotOptions
                {
                    Path = Path.Combine(RepositoryPaths.Artifacts, $"start-page-{width}px.png"),
                    FullPage = true,
                });

                // WCAG 1.4.10 (reflow): content readable at 320 CSS pixels without scrolling sideways.
                var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

                Assert.True(scrollWidth <= width, $"The start page is {scrollWidth}px wide on a {width}px wide screen.");
            },
            $"{nameof(The_start_page_fits_the_screen_width_without_horizontal_scrolling)}_{width}",
            width);
}
