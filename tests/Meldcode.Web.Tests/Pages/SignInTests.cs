using System.Net;
using Meldcode.Infrastructure.Persistence;
using Meldcode.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Meldcode.Web.Tests.Pages;

public sealed class SignInTests : IDisposable
{
    private readonly MeldcodeFactory _factory = new();

    [Fact]
    public async Task The_demo_sign_in_lists_a_demo_user_for_every_role()
    {
        using var client = _factory.CreateBrowser();

        var page = await client.GetPageAsync("/inloggen");

        var labels = page.QuerySelectorAll("fieldset label").Select(l => l.TextContent).ToList();
        Assert.Equal(10, labels.Count); // a professional and an aandachtsfunctionaris in each of the three teams, one user for each other role
        foreach (var role in new[] { "Professional", "Aandachtsfunctionaris", "Trainer", "Functioneel beheerder", "Functionaris gegevensbescherming", "Bevoegd gezag / houder" })
        {
            Assert.Contains(labels, l => l.Contains(role, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Signing_in_without_choosing_a_user_shows_a_Dutch_message_and_signs_nobody_in()
    {
        using var client = _factory.CreateBrowser();
        var page = await client.GetPageAsync("/inloggen");

        using var response = await client.SubmitAsync(page, "/inloggen");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var redisplayed = await Browser.ParseAsync(response);
        Assert.Contains("Kies een demogebruiker om mee in te loggen.", redisplayed.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(10, redisplayed.QuerySelectorAll("fieldset input[type=radio]").Length);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("__Host-Meldcode=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Signing_in_as_the_demo_professional_shows_their_start_page()
    {
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync("Sanne de Vries");

        var start = await client.GetPageAsync("/");

        Assert.Equal("Welkom, Sanne de Vries", start.QuerySelector("h1")!.TextContent);
        Assert.Contains("Professional", start.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Basisschool De Esdoorn", start.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deactivated_user_cannot_sign_in()
    {
        using var client = _factory.CreateBrowser();
        var page = await client.GetPageAsync("/inloggen");
        var userId = Browser.UserIdOf(page, "Anna Kowalczyk");
        using (var scope = _factory.Services.CreateScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
            var user = await context.Users.SingleAsync(u => u.Id == Guid.Parse(userId));
            user.Deactivate();
            await context.SaveChangesAsync();
        }

        using var response = await client.SubmitAsync(page, "/inloggen", new Dictionary<string, string> { ["UserId"] = userId });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Dit account is gedeactiveerd", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task After_signing_in_the_user_returns_to_the_page_they_asked_for_but_never_to_another_site()
    {
        using var first = _factory.CreateBrowser();
        var page = await first.GetPageAsync("/inloggen?terug=%2Facuut-gevaar");
        var userId = Browser.UserIdOf(page, "Sanne de Vries");
        using var local = await first.SubmitAsync(page, "/inloggen", new Dictionary<string, string> { ["UserId"] = userId });

        using var second = _factory.CreateBrowser();
        var hostilePage = await second.GetPageAsync("/inloggen?terug=https%3A%2F%2Fevil.example%2F");
        using var external = await second.SubmitAsync(hostilePage, "/inloggen", new Dictionary<string, string> { ["UserId"] = userId });

        Assert.Equal("/acuut-gevaar", local.Headers.Location!.OriginalString);
        Assert.Equal("/", external.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Signing_out_takes_a_POST_and_ends_the_session()
    {
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync("Sanne de Vries");

        var confirmation = await client.GetPageAsync("/uitloggen");
        await client.GetPageAsync("/"); // a GET did not sign out
        using var response = await client.SubmitAsync(confirmation, "/uitloggen");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/inloggen?uitgelogd=true", response.Headers.Location!.OriginalString);
        Assert.Contains("Je bent uitgelogd.", (await client.GetPageAsync("/inloggen?uitgelogd=true")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Signing_out_without_the_antiforgery_token_is_refused()
    {
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync("Sanne de Vries");

        using var content = new FormUrlEncodedContent(new Dictionary<string, string>());
        using var response = await client.PostAsync(new Uri("/uitloggen", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await client.GetPageAsync("/");
    }

    [Fact]
    public async Task The_sign_out_button_in_the_header_works()
    {
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync("Sanne de Vries");
        var start = await client.GetPageAsync("/");

        using var response = await client.SubmitAsync(start, "/uitloggen", formSelector: "header form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/", UriKind.Relative))).StatusCode);
    }

    public void Dispose() => _factory.Dispose();
}
