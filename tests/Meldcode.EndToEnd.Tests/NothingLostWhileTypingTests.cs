using System.Text.RegularExpressions;
using Meldcode.EndToEnd.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Meldcode.EndToEnd.Tests;

/// <summary>The application with a short session, so that the warning before the end of a session comes within seconds.</summary>
public sealed class ShortSessionAppFixture : MeldcodeAppFixture
{
    /// <summary>A session ends after 90 s without a request; the warning comes 80 s before that, so 10 s after a page loads.</summary>
    protected override IReadOnlyDictionary<string, string>? Settings { get; } = new Dictionary<string, string>
    {
        ["Authentication:Session:IdleTimeout"] = "00:01:30",
        ["Authentication:Session:WarnBefore"] = "00:01:20",
    };
}

/// <summary>
/// A teacher writing a long signal loses nothing: the text is kept as a draft on the server while she types, the page
/// warns before the session ends and can keep her signed in, and after a new sign-in the form offers the text back.
/// </summary>
public sealed class NothingLostWhileTypingTests : IClassFixture<ShortSessionAppFixture>
{
    private const string Facts = "Noor kwam maandag zonder jas en zonder ontbijt op school. Ze had dezelfde kleren aan als vrijdag.";

    private readonly ShortSessionAppFixture _app;

    public NothingLostWhileTypingTests(ShortSessionAppFixture app)
    {
        _app = app;
    }

    [Fact]
    public async Task The_typed_signal_survives_the_end_of_the_session_and_the_warning_keeps_her_signed_in()
    {
        await using var context = await _app.NewContextAsync();
        var page = await context.NewPageAsync();
        try
        {
            await DemoSignIn.SignInAsync(page, DemoSignIn.Professional);
            await page.GotoAsync("/dossiers/nieuw");
            await page.GetByLabel("Voornaam").FillAsync("Noor");
            await page.GetByLabel("Achternaam").FillAsync("de Wit");
            await page.GetByLabel("Geboortedatum").FillAsync("2018-03-14");
            await page.GetByRole(AriaRole.Button, new() { Name = "Dossier openen", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/dossiers/[0-9a-f-]{36}$"));
            var signalAddress = page.Url + "/signaal";

            // She types; the page keeps the text on the server (never in the browser's storage).
            await page.GotoAsync(signalAddress);
            await page.GetByLabel("De feiten: wat zag of hoorde je?").FillAsync(Facts);
            await Expect(page.Locator("[data-draft-status]")).ToContainTextAsync("Concept bewaard om", new() { Timeout = 30_000 });
            Assert.Equal(0, await page.EvaluateAsync<int>("() => localStorage.length + sessionStorage.length"));

            // The warning comes before the session ends, takes the focus, and "Ingelogd blijven" keeps her signed in.
            var warning = page.GetByRole(AriaRole.Alertdialog, new() { Name = "Je wordt bijna uitgelogd" });
            await Expect(warning).ToBeVisibleAsync(new() { Timeout = 40_000 });
            await Expect(warning).ToBeFocusedAsync();
            await warning.GetByRole(AriaRole.Button, new() { Name = "Ingelogd blijven", Exact = true }).ClickAsync();
            await Expect(warning).ToBeHiddenAsync();

            // The session ends anyway (here: the browser loses its cookies). After signing in again the form offers the text back.
            await context.ClearCookiesAsync();
            await DemoSignIn.SignInAsync(page, DemoSignIn.Professional);
            await page.GotoAsync(signalAddress);
            var notice = page.GetByRole(AriaRole.Region, new() { Name = "Niet opgeslagen concept" });
            await Expect(notice).ToContainTextAsync("Je had dit formulier nog niet opgeslagen");
            await Expect(page.GetByLabel("De feiten: wat zag of hoorde je?")).ToHaveValueAsync(string.Empty);
            await notice.GetByRole(AriaRole.Link, new() { Name = "Zet terug", Exact = true }).ClickAsync();
            await Expect(page.GetByLabel("De feiten: wat zag of hoorde je?")).ToHaveValueAsync(Facts);
        }
        catch
        {
            await MeldcodeAppFixture.SaveFailureScreenshotAsync(page, nameof(The_typed_signal_survives_the_end_of_the_session_and_the_warning_keeps_her_signed_in));
            throw;
        }
    }
}
