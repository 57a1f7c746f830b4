using System.Net.Http.Json;
using System.Text.Json;
using Meldcode.EndToEnd.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Meldcode.EndToEnd.Tests;

/// <summary>
/// Signing in, the role mapping and signing out, the same against two providers that are set up differently
/// (<see cref="IdentityProviderProfile"/>): someone whose role claim holds the mapped value is functioneel beheerder
/// from their first sign-in, someone without it waits for access, and both sign out here and at the provider.
/// </summary>
public abstract class RoleMappedSignInTests
{
    private readonly OrganisationSignInAppFixture _app;
    private readonly AxeAudit _audit;

    private protected RoleMappedSignInTests(OrganisationSignInAppFixture app, ITestOutputHelper output)
    {
        _app = app;
        _audit = new AxeAudit(output);
    }

    [Fact]
    public async Task Someone_the_provider_gives_the_mapped_role_is_functioneel_beheerder_from_the_first_sign_in_and_signs_out_at_the_provider_too()
    {
        await using var browser = await _app.NewContextAsync();
        var page = await browser.NewPageAsync();

        await OrganisationSignInAppFixture.WithScreenshotsOnFailureAsync(async () =>
        {
            await _app.SignInAtProviderAsync(page, "karin");
            await page.GotoAsync("/beheer");
            await Expect(Heading(page)).ToHaveTextAsync("Beheer");
            await page.GotoAsync("/beheer/gebruikers");
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Karin Smit" })).ToBeVisibleAsync();
            await _audit.CheckAsync(page, $"{_app.Profile.RoleClaim}: administrator by the role mapping");

            await _app.SignOutHereAndAtProviderAsync(page);
            Assert.DoesNotContain(await browser.CookiesAsync(), c => c.Name == "__Host-Meldcode");
        }, [page]);

        _audit.AssertNoViolations();
    }

    [Fact]
    public async Task Someone_the_provider_gives_no_mapped_role_waits_for_access()
    {
        await using var browser = await _app.NewContextAsync();
        var page = await browser.NewPageAsync();

        await OrganisationSignInAppFixture.WithScreenshotsOnFailureAsync(async () =>
        {
            await _app.SignInAtProviderAsync(page, "lotte");
            await Expect(page).ToHaveURLAsync(_app.Url("/wacht-op-toegang"));
            await Expect(page.GetByText("Welkom, Lotte Jansen.", new() { Exact = false })).ToBeVisibleAsync();
            await page.GotoAsync("/beheer");
            await Expect(page).ToHaveURLAsync(_app.Url("/wacht-op-toegang"));
        }, [page]);
    }

    [Fact]
    public async Task The_provider_signs_only_with_keys_of_its_profile()
    {
        using var client = new HttpClient();

        using var keys = await client.GetFromJsonAsync<JsonDocument>(new Uri(_app.ProviderIssuer, "/jwks"));

        var expected = _app.Profile.SigningAlgorithm.StartsWith("ES", StringComparison.Ordinal) ? "EC" : "RSA";
        Assert.All(keys!.RootElement.GetProperty("keys").EnumerateArray(), key => Assert.Equal(expected, key.GetProperty("kty").GetString()));
    }

    private static ILocator Heading(IPage page) => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
}

/// <summary>Against the first provider: RS256 keys, <c>client_secret_post</c>, roles in <c>roles</c>.</summary>
[Collection(OrganisationSignInCollection.Name)]
public sealed class FirstProviderSignInTests(OrganisationSignInAppFixture app, ITestOutputHelper output) : RoleMappedSignInTests(app, output);

/// <summary>Against the second provider: ES256 keys only, <c>client_secret_basic</c>, roles in <c>groups</c>.</summary>
[Collection(SecondProviderCollection.Name)]
public sealed class SecondProviderSignInTests(SecondProviderAppFixture app, ITestOutputHelper output) : RoleMappedSignInTests(app, output);
