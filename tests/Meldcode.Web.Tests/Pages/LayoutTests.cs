using System.Net;
using Meldcode.Domain.Users;
using Meldcode.Web.Presentation;
using Meldcode.Web.Tests.Support;

namespace Meldcode.Web.Tests.Pages;

public sealed class LayoutTests : IClassFixture<MeldcodeFactory>
{
    private readonly MeldcodeFactory _factory;

    public LayoutTests(MeldcodeFactory factory)
    {
        _factory = factory;
    }

    [Theory]
    [InlineData("/inloggen", false, HttpStatusCode.OK)]
    [InlineData("/acuut-gevaar", false, HttpStatusCode.OK)]
    [InlineData("/fout/500", false, HttpStatusCode.OK)]
    [InlineData("/", true, HttpStatusCode.OK)]
    [InlineData("/uitloggen", true, HttpStatusCode.OK)]
    [InlineData("/bestaat-niet", true, HttpStatusCode.NotFound)]
    public async Task Every_page_is_Dutch_accessible_and_links_to_acute_danger_help(string url, bool signedIn, HttpStatusCode status)
    {
        using var client = _factory.CreateBrowser();
        if (signedIn)
        {
            await client.SignInAsAsync("Sanne de Vries");
        }

        var page = await client.GetPageAsync(url, status);

        Assert.Equal("nl", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("#inhoud", page.QuerySelector("a.skip-link")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("header"));
        Assert.NotNull(page.QuerySelector("main#inhoud"));
        Assert.NotNull(page.QuerySelector("footer"));
        Assert.Single(page.QuerySelectorAll("h1"));
        var acute = page.QuerySelector("header a.acute-link")!;
        Assert.Equal("Acuut gevaar?", acute.TextContent);
        Assert.Equal("/acuut-gevaar", acute.GetAttribute("href"));
        Assert.Contains("viewport", page.QuerySelector("meta[name=viewport]")!.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_load_no_script_style_or_asset_from_another_site_and_use_no_inline_styles()
    {
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync("Sanne de Vries");

        var page = await client.GetPageAsync("/");

        Assert.Empty(page.QuerySelectorAll("[style], style, script:not([src])"));
        var sources = page.QuerySelectorAll("[src], link[href]").Select(e => e.GetAttribute("src") ?? e.GetAttribute("href")!);
        Assert.All(sources, s => Assert.StartsWith("/", s, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_emergency_page_tells_what_to_do_with_112_and_Veilig_Thuis()
    {
        using var client = _factory.CreateBrowser();

        var page = await client.GetPageAsync("/acuut-gevaar");

        var phoneLinks = page.QuerySelectorAll("main a[href^='tel:']").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("tel:112", phoneLinks);
        Assert.Contains("tel:08002000", phoneLinks);
        Assert.Contains("0800-2000", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_navigation_shows_each_item_only_to_the_roles_it_names()
    {
        Assert.All(Navigation.All, item =>
        {
            foreach (var role in Enum.GetValues<Role>())
            {
                var shown = Navigation.For(new HashSet<Role> { role }).Contains(item);
                Assert.Equal(item.Roles.Count == 0 || item.Roles.Contains(role), shown);
            }
        });
        Assert.Empty(Navigation.For(new HashSet<Role>())); // someone waiting for access sees only "Wacht op toegang"
    }

    [Fact]
    public async Task The_navigation_is_shown_only_to_signed_in_users()
    {
        using var client = _factory.CreateBrowser();
        Assert.Null((await client.GetPageAsync("/inloggen")).QuerySelector("nav.main-nav"));

        await client.SignInAsAsync("Peter Jansen");

        var nav = (await client.GetPageAsync("/")).QuerySelector("nav.main-nav")!;
        Assert.Equal("Hoofdmenu", nav.GetAttribute("aria-label"));
        Assert.Equal(
            Navigation.For(new HashSet<Role> { Role.FunctionalAdministrator }).Select(i => i.Text),
            nav.QuerySelectorAll("a").Select(a => a.TextContent));
    }
}
