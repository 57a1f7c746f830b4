using System.Net;
using Meldcode.Domain.Users;
using Meldcode.Infrastructure.Persistence;
using Meldcode.Web.Presentation;
using Meldcode.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Meldcode.Web.Tests.Pages;

public sealed class StartPageTests : IClassFixture<MeldcodeFactory>
{
    private readonly MeldcodeFactory _factory;

    public StartPageTests(MeldcodeFactory factory)
    {
        _factory = factory;
    }

    public static TheoryData<string, Role> DemoUsers => new()
    {
        { "Sanne de Vries", Role.Professional },
        { "Mehmet Yılmaz", Role.SafeguardingLead },
        { "Nguyễn Thị Lan", Role.Trainer },
        { "Peter Jansen", Role.FunctionalAdministrator },
        { "Fatima El Amrani", Role.PrivacyOfficer },
        { "Willem van den Berg", Role.Board },
    };

    [Theory]
    [MemberData(nameof(DemoUsers))]
    public async Task Each_role_is_welcomed_with_what_it_can_do(string name, Role role)
    {
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync(name);

        var start = await client.GetPageAsync("/");

        Assert.Equal($"Welkom, {name}", start.QuerySelector("h1")!.TextContent);
        var roleSection = Assert.Single(start.QuerySelectorAll("section.role"));
        Assert.StartsWith(DutchLabels.For(role), roleSection.QuerySelector("h3")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(RoleWelcome.TasksFor(role), roleSection.QuerySelectorAll("li").Select(li => li.TextContent));
    }

    [Fact]
    public async Task The_start_page_shows_the_acute_danger_numbers()
    {
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync("Sanne de Vries");

        var start = await client.GetPageAsync("/");

        var acute = start.QuerySelector("section.panel--acute")!.TextContent;
        Assert.Contains("112", acute, StringComparison.Ordinal);
        Assert.Contains("0800-2000", acute, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_whose_user_no_longer_exists_is_ended_and_the_browser_is_sent_to_sign_in()
    {
        var factory = _factory;
        using var client = factory.CreateBrowser();
        await client.SignInAsAsync("Johan Bakker");
        using (var scope = factory.Services.CreateScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
            context.Users.Remove(await context.Users.Include(u => u.Memberships).SingleAsync(u => u.DisplayName == "Johan Bakker"));
            await context.SaveChangesAsync();
        }

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/inloggen", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
