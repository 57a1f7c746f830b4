using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Meldcode.Web.Tests.Support;

/// <summary>Page-level helpers for an HttpClient that behaves like a browser (asks for HTML, keeps cookies).</summary>
public static class Browser
{
    private static readonly HtmlParser Parser = new();

    public static HttpClient CreateBrowser(this MeldcodeFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        return client;
    }

    public static async Task<IHtmlDocument> GetPageAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(expected, response.StatusCode);
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts the page's first form with its hidden fields (antiforgery token included) plus the given values.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, IHtmlDocument page, string url, IDictionary<string, string>? values = null, string formSelector = "main form")
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(page);
        var form = page.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form '{formSelector}' on the page.");
        var fields = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]")
            .Where(i => !string.IsNullOrEmpty(i.Name))
            .ToDictionary(i => i.Name!, i => i.Value);
        foreach (var (key, value) in values ?? new Dictionary<string, string>())
        {
            fields[key] = value;
        }

        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    /// <summary>Signs in through the demo sign-in page as the demo user with this name.</summary>
    public static async Task SignInAsAsync(this HttpClient client, string displayName)
    {
        var page = await client.GetPageAsync("/inloggen");
        var userId = UserIdOf(page, displayName);
        using var response = await client.SubmitAsync(page, "/inloggen", new Dictionary<string, string> { ["UserId"] = userId });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public static string UserIdOf(IHtmlDocument page, string displayName)
    {
        ArgumentNullException.ThrowIfNull(page);
        var label = page.QuerySelectorAll("label").FirstOrDefault(l => l.TextContent.Contains(displayName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No demo user '{displayName}' on the sign-in page.");
        var input = page.GetElementById(label.GetAttribute("for")!) as IHtmlInputElement;
        return input!.Value;
    }
}
