using Meldcode.EndToEnd.Tests.Support;
using Meldcode.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Meldcode.EndToEnd.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SigningInTests
{
    private readonly MeldcodeAppFixture _app;

    public SigningInTests(MeldcodeAppFixture app)
    {
        _app = app;
    }

    [Fact]
    public void The_app_under_test_keeps_its_database_in_the_fresh_data_folder_of_the_fixture()
    {
        var dataFolder = _app.Services.GetRequiredService<DataFolder>();

        Assert.Equal(Path.GetFullPath(_app.DataDirectory), dataFolder.FullPath);
        Assert.True(
            File.Exists(Path.Combine(_app.DataDirectory, StorageOptions.DatabaseFileName)),
            $"Expected {StorageOptions.DatabaseFileName} in {_app.DataDirectory}; found: {string.Join(", ", Directory.EnumerateFileSystemEntries(_app.DataDirectory))}");
    }

    [Fact]
    public Task Opening_the_start_page_without_a_session_leads_to_the_sign_in_page() =>
        _app.RunInBrowserAsync(async page =>
        {
            await page.GotoAsync("/");

            await Expect(page).ToHaveURLAsync(DemoSignIn.SignInPageAddress());
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Inloggen");
            await Expect(page.GetByRole(AriaRole.Radio, new() { Name = DemoSignIn.Professional })).ToBeVisibleAsync();
        });

    [Fact]
    public Task Signing_in_as_the_demo_professional_shows_the_start_page_and_signing_out_returns_to_the_sign_in_page() =>
        _app.RunInBrowserAsync(async page =>
        {
            await page.GotoAsync("/");
            await Expect(page).ToHaveURLAsync(DemoSignIn.SignInPageAddress());

            await page.GetByRole(AriaRole.Radio, new() { Name = DemoSignIn.Professional }).CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen", Exact = true }).ClickAsync();

            await Expect(page).ToHaveURLAsync(new Uri(_app.BaseAddress, "/").ToString());
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Welkom, Sanne de Vries");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 3, Name = "Professional" })).ToBeVisibleAsync();
            var sessionCookie = (await page.Context.CookiesAsync()).SingleOrDefault(cookie => cookie.Name == DemoSignIn.SessionCookieName);
            Assert.NotNull(sessionCookie);
            Assert.True(sessionCookie.Secure, "The session cookie must be Secure.");
            Assert.True(sessionCookie.HttpOnly, "The session cookie must be HttpOnly.");

            await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Uitloggen", Exact = true }).ClickAsync();

            await Expect(page).ToHaveURLAsync(DemoSignIn.SignInPageAddress());
            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Je bent uitgelogd.");
            Assert.DoesNotContain(await page.Context.CookiesAsync(), cookie => cookie.Name == DemoSignIn.SessionCookieName);
        });

    [Fact]
    public Task After_signing_out_the_start_page_asks_to_sign_in_again() =>
        _app.RunInBrowserAsync(async page =>
        {
            await DemoSignIn.SignInAsync(page, DemoSignIn.Professional);
            await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Uitloggen", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Je bent uitgelogd.");

            await page.GotoAsync("/");

            await Expect(page).ToHaveURLAsync(DemoSignIn.SignInPageAddress());
            await Expect(page.GetByRole(AriaRole.Status)).ToHaveCountAsync(0);
        });
}
