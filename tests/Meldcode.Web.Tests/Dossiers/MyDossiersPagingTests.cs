using System.Net;
using AngleSharp.Html.Dom;
using Meldcode.Infrastructure.Persistence;
using Meldcode.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Meldcode.Web.Tests.Dossiers;

/// <summary>"Mijn dossiers" in pages of 25 and searched by number or name, all through the query string; bad input never fails the page.</summary>
public sealed class MyDossiersPagingTests : IClassFixture<MeldcodeFactory>
{
    /// <summary>How many dossiers Sanne has in these tests: two pages.</summary>
    private const int Dossiers = 27;

    private readonly MeldcodeFactory _factory;

    public MyDossiersPagingTests(MeldcodeFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task The_list_shows_25_dossiers_a_page_with_links_to_the_other_pages()
    {
        using var client = await SignedInWithDossiersAsync();

        var first = await client.GetPageAsync("/dossiers");
        var second = await client.GetPageAsync(first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!);

        Assert.Equal(25, Rows(first));
        Assert.Equal($"{Dossiers} dossiers, pagina 1 van 2", Text(first, ".list-count"));
        Assert.Null(first.QuerySelector(".pager a[rel=prev]"));
        Assert.Equal(Dossiers - 25, Rows(second));
        Assert.Equal($"{Dossiers} dossiers, pagina 2 van 2", Text(second, ".list-count"));
        Assert.Equal("/dossiers", second.QuerySelector(".pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Null(second.QuerySelector(".pager a[rel=next]"));
        Assert.Equal("Pagina 2", Text(second, ".pager [aria-current=page]"));
    }

    [Theory]
    [InlineData("99", 2, "Pagina 99 bestaat niet. Je ziet pagina 2 van 2.")]
    [InlineData("0", 1, "Pagina 0 bestaat niet. Je ziet pagina 1 van 2.")]
    [InlineData("abc", 1, "Pagina abc bestaat niet. Je ziet pagina 1 van 2.")]
    [InlineData("99999999999999999999", 1, "Pagina 99999999999999999999 bestaat niet. Je ziet pagina 1 van 2.")]
    public async Task A_page_that_does_not_exist_shows_the_nearest_page_and_says_so(string asked, int shown, string notice)
    {
        using var client = await SignedInWithDossiersAsync();

        var page = await client.GetPageAsync($"/dossiers?pagina={Uri.EscapeDataString(asked)}");

        Assert.Equal($"{Dossiers} dossiers, pagina {shown} van 2", Text(page, ".list-count"));
        Assert.Equal(notice, Text(page, ".notice"));
    }

    [Fact]
    public async Task A_search_by_number_finds_that_dossier_and_the_paging_keeps_the_search()
    {
        using var client = await SignedInWithDossiersAsync();
        var number = (await client.GetPageAsync("/dossiers")).QuerySelector("table.list td a")!.TextContent;

        var byNumber = await client.GetPageAsync($"/dossiers?zoek={number}");
        var byName = await client.GetPageAsync("/dossiers?zoek=MILA&status=Open");

        Assert.Equal(1, Rows(byNumber));
        Assert.Equal(number, byNumber.QuerySelector("table.list td a")!.TextContent);
        Assert.Equal(number, byNumber.QuerySelector("#zoek")!.GetAttribute("value"));
        Assert.EndsWith("dossiers, pagina 1 van 2", Text(byName, ".list-count"), StringComparison.Ordinal);
        Assert.All(byName.QuerySelectorAll("td[data-label=Kind]"), td => Assert.Equal("Mila Jansen", td.TextContent));
        Assert.Equal("/dossiers?status=Open&zoek=MILA&pagina=2", byName.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_search_that_finds_nothing_says_so()
    {
        using var client = await SignedInWithDossiersAsync();

        var page = await client.GetPageAsync("/dossiers?zoek=Pietersen&pagina=3");

        Assert.Equal(0, Rows(page));
        Assert.Equal("Er zijn geen dossiers die bij je zoekopdracht of filter passen.", Text(page, "main .panel"));
        Assert.Null(page.QuerySelector(".notice"));
    }

    [Fact]
    public async Task A_search_that_is_too_long_gets_a_message_not_an_error()
    {
        using var client = await SignedInWithDossiersAsync();

        var page = await client.GetPageAsync($"/dossiers?zoek={new string('a', 101)}", HttpStatusCode.UnprocessableEntity);

        Assert.Contains("De zoektekst mag hoogstens 100 tekens lang zijn.", Text(page, ".error-summary"), StringComparison.Ordinal);
        Assert.StartsWith("De zoektekst mag hoogstens 100 tekens lang zijn. Nu zijn het er ", Text(page, "#zoek-fout"), StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector("#zoek")!.GetAttribute("aria-invalid"));
    }

    private static int Rows(IHtmlDocument page) => page.QuerySelectorAll("table.list tbody tr").Length;

    private static string Text(IHtmlDocument page, string selector) =>
        string.Join(' ', (page.QuerySelector(selector)?.TextContent ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Sanne with her demo dossiers and <see cref="Dossiers"/> more (seeded by the class's first test; the tests of a class run one after another).</summary>
    private async Task<HttpClient> SignedInWithDossiersAsync()
    {
        _factory.CreateClient().Dispose();
        var sanne = await _factory.UserIdAsync(DossierPageSupport.Owner);
        int mine;
        using (var scope = _factory.Services.CreateScope())
        {
            mine = await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().Dossiers.CountAsync(d => d.OwnerId == sanne);
        }

        for (var i = mine; i < Dossiers; i++)
        {
            await DossierSeed.CreateAsync(_factory);
        }

        return await _factory.SignedInAsync(DossierPageSupport.Owner);
    }
}
