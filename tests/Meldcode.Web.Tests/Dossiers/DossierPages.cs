using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Meldcode.Web.Tests.Support;

namespace Meldcode.Web.Tests.Dossiers;

/// <summary>What the dossier overview shows, as a test reads it.</summary>
public sealed record OverviewState(string Status, IReadOnlyList<string> Steps, string NextAction, IReadOnlyList<string> Timeline, string? Notice)
{
    public string Step(int number) => Steps[number - 1];

    public string TimelineText => string.Join(Environment.NewLine, Timeline);
}

/// <summary>Filling in dossier forms the way a browser does: open the page, post its form, follow the redirect.</summary>
public static class DossierPages
{
    /// <summary>Opens the page, posts its form (to the form's own action) with these values, and returns the response.</summary>
    public static async Task<HttpResponseMessage> FillInAsync(this HttpClient client, string url, IDictionary<string, string> values, string formSelector = "main form")
    {
        var page = await client.GetPageAsync(url);
        return await client.SubmitFormAsync(page, url, values, formSelector);
    }

    /// <summary>Posts a form of an already opened page to the form's own action.</summary>
    public static Task<HttpResponseMessage> SubmitFormAsync(this HttpClient client, IHtmlDocument page, string pageUrl, IDictionary<string, string> values, string formSelector = "main form")
    {
        ArgumentNullException.ThrowIfNull(page);
        var form = page.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form '{formSelector}' on {pageUrl}.");
        var action = form.GetAttribute("action");
        return client.SubmitAsync(page, string.IsNullOrEmpty(action) ? pageUrl : action, values, formSelector);
    }

    /// <summary>Fills in the form and expects to be sent on; returns where to.</summary>
    public static async Task<string> FillInAndFollowAsync(this HttpClient client, string url, IDictionary<string, string> values)
    {
        using var response = await client.FillInAsync(url, values);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var page = await Browser.ParseAsync(response);
            Assert.Fail($"Expected a redirect from {url}, got {(int)response.StatusCode}: {page.QuerySelector(".error-summary")?.TextContent}");
        }

        return response.Headers.Location!.OriginalString;
    }

    public static async Task<OverviewState> OverviewAsync(this HttpClient client, Guid id)
    {
        var page = await client.GetPageAsync($"/dossiers/{id}");
        return new OverviewState(
            page.QuerySelector(".dossier-header .badge")!.TextContent.Trim(),
            page.QuerySelectorAll(".step-rail li").Select(li => Squash(li.TextContent)).ToList(),
            Squash(page.QuerySelector(".next-action")!.TextContent),
            page.QuerySelectorAll(".timeline__entry > .timeline__text").Select(t => t.TextContent).ToList(),
            page.QuerySelector(".notice")?.TextContent);
    }

    /// <summary>The hidden Version field of the page's main form.</summary>
    public static string VersionOn(IHtmlDocument page, string formSelector = "main form")
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.QuerySelector<IHtmlInputElement>($"{formSelector} input[name=Version]")!.Value;
    }

    public static string ErrorsOn(IHtmlDocument page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.QuerySelector(".error-summary")?.TextContent ?? string.Empty;
    }

    public static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
