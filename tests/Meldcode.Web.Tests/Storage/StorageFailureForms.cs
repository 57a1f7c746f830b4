using System.Net;
using Meldcode.Web.Tests.Support;
using static Meldcode.Web.Tests.Dossiers.DossierPageSupport;

namespace Meldcode.Web.Tests.Storage;

/// <summary>What the storage failure tests of both providers share: a signal typed into its form, and what a refused save must show.</summary>
internal static class StorageFailureForms
{
    public const string TypedFacts = "Blauwe plek op de linker bovenarm, gezien bij de gymles; dit mag niet verloren gaan.";

    public static Dictionary<string, string> Signal(string facts = TypedFacts) => new()
    {
        ["ObservedOn"] = "2026-11-17",
        ["ObservedAt"] = "10:15",
        ["Place"] = "gymzaal",
        ["ObservedBy"] = Owner,
        ["Source"] = "OwnObservation",
        ["Category"] = "PhysicalAbuse",
        ["Facts"] = facts,
        ["ChildsOwnWords"] = "Papa werd boos.",
        ["Interpretation"] = "Past niet bij de uitleg van moeder.",
    };

    /// <summary>503, the same form with this message, and what was typed still in it.</summary>
    public static async Task<AngleSharp.Html.Dom.IHtmlDocument> AssertRefusedWithInputKeptAsync(HttpResponseMessage response, string message)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var page = await Browser.ParseAsync(response);
        Assert.Equal("Signaal vastleggen", page.QuerySelector("h1")!.TextContent);
        Assert.Contains(message, Errors(page), StringComparison.Ordinal);
        Assert.StartsWith(TypedFacts, page.QuerySelector("textarea[name=Facts]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("gymzaal", Value(page, "input[name=Place]"));
        return page;
    }

    /// <summary>The readiness endpoint's word (Healthy, Degraded, Unhealthy), with the status code that goes with it.</summary>
    public static async Task<string> ReadinessAsync(MeldcodeFactory factory)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(body == "Unhealthy" ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK, response.StatusCode);
        return body;
    }
}
