using Meldcode.Web.Tests.Support;

namespace Meldcode.Web.Tests.Pages;

/// <summary>EUPL-1.2 (articles 1 and 5): every page links to where the source code of the running version can be had.</summary>
public sealed class SourceCodeTests
{
    [Fact]
    public async Task Every_page_links_to_the_source_code_page_which_names_the_configured_address()
    {
        await using var factory = new MeldcodeFactory().WithSetting("SourceCode:Url", "https://code.example.org/meldcode/tree/v1.2.3");
        using var client = factory.CreateBrowser();

        var start = await client.GetPageAsync("/acuut-gevaar");
        var link = start.QuerySelector("footer a[href='/broncode']");
        var page = await client.GetPageAsync("/broncode");

        Assert.Equal("Broncode en licentie", link!.TextContent);
        Assert.Contains("European Union Public Licence, versie 1.2", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("main a[href='https://code.example.org/meldcode/tree/v1.2.3']"));
    }

    [Fact]
    public async Task Without_a_configured_address_the_page_says_whom_to_ask()
    {
        await using var factory = new MeldcodeFactory();
        using var client = factory.CreateBrowser();

        var page = await client.GetPageAsync("/broncode");

        Assert.Contains("nog niet ingesteld", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("main section a"));
    }
}
