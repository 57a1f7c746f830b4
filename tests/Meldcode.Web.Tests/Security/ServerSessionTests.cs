using System.Net;
using Meldcode.Domain.Users;
using Meldcode.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Web.Tests.Security;

/// <summary>Sessions are kept on the server: what the functioneel beheerder changes, and signing out, take effect at the next request.</summary>
public sealed class ServerSessionTests : IDisposable
{
    private readonly MeldcodeFactory _factory = new();

    [Fact]
    public async Task Deactivating_a_user_ends_their_session_at_their_next_request()
    {
        using var sanne = _factory.CreateBrowser();
        await sanne.SignInAsAsync("Sanne de Vries");
        await sanne.GetPageAsync("/");
        using var peter = _factory.CreateBrowser();
        await peter.SignInAsAsync("Peter Jansen");
        var userPage = await peter.GetPageAsync($"/beheer/gebruikers/{UserId("Sanne de Vries")}");

        using var deactivated = await peter.SubmitAsync(userPage, $"/beheer/gebruikers/{UserId("Sanne de Vries")}?handler=Deactivate", formSelector: "form[action*='handler=Deactivate']");
        using var next = await sanne.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.StartsWith("/inloggen", next.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Contains(next.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-Meldcode=;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_signing_out_a_copy_of_the_old_session_cookie_is_refused()
    {
        using var client = _factory.CreateBrowser();
        var copied = await SignInAndCopyTheCookieAsync(client, "Sanne de Vries");
        var start = await client.GetPageAsync("/");

        using var signedOut = await client.SubmitAsync(start, "/uitloggen", formSelector: "header form.account__signout");
        using var replay = _factory.CreateBrowser();
        replay.DefaultRequestHeaders.Add("Cookie", copied);
        using var replayed = await replay.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.StartsWith("/inloggen", replayed.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Before_signing_out_the_same_cookie_is_honoured_so_the_replay_test_above_means_something()
    {
        using var client = _factory.CreateBrowser();
        var copied = await SignInAndCopyTheCookieAsync(client, "Sanne de Vries");

        using var other = _factory.CreateBrowser();
        other.DefaultRequestHeaders.Add("Cookie", copied);
        using var response = await other.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Signing_out_in_one_browser_leaves_the_users_other_sessions_open()
    {
        using var laptop = _factory.CreateBrowser();
        await laptop.SignInAsAsync("Sanne de Vries");
        using var phone = _factory.CreateBrowser();
        await phone.SignInAsAsync("Sanne de Vries");
        var start = await laptop.GetPageAsync("/");

        (await laptop.SubmitAsync(start, "/uitloggen", formSelector: "header form.account__signout")).Dispose();

        await phone.GetPageAsync("/");
    }

    [Fact]
    public async Task Taking_away_a_users_last_role_sends_them_to_wacht_op_toegang_at_their_next_request()
    {
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync("Anna Kowalczyk");
        await client.GetPageAsync("/dossiers");
        _factory.WithDatabase(c =>
        {
            var anna = c.Users.Include(u => u.Memberships).Single(u => u.DisplayName == "Anna Kowalczyk");
            anna.Revoke(Role.Professional, anna.Memberships.Single().TeamId);
            return c.SaveChanges();
        });

        using var response = await client.GetAsync(new Uri("/dossiers", UriKind.Relative));

        Assert.Equal("/wacht-op-toegang", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_role_given_while_signed_in_is_there_at_the_next_request()
    {
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync("Nguyễn Thị Lan");
        using (var before = await client.GetAsync(new Uri("/beheer", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, before.StatusCode);
        }

        _factory.WithDatabase(c =>
        {
            c.Users.Include(u => u.Memberships).Single(u => u.DisplayName == "Nguyễn Thị Lan").Grant(Role.FunctionalAdministrator);
            return c.SaveChanges();
        });

        var admin = await client.GetPageAsync("/beheer");
        Assert.Equal("Beheer", admin.QuerySelector("h1")!.TextContent);
    }

    public void Dispose() => _factory.Dispose();

    private Guid UserId(string name) => _factory.WithDatabase(c => c.Users.Single(u => u.DisplayName == name).Id);

    /// <summary>Signs in through the demo sign-in and returns the session cookie it set, as a Cookie header someone could replay.</summary>
    private static async Task<string> SignInAndCopyTheCookieAsync(HttpClient client, string name)
    {
        var page = await client.GetPageAsync("/inloggen");
        using var response = await client.SubmitAsync(page, "/inloggen", new Dictionary<string, string> { ["UserId"] = Browser.UserIdOf(page, name) });
        var setCookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-Meldcode=", StringComparison.Ordinal));
        return setCookie.Split(';')[0];
    }
}
