using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Meldcode.Web.Tests.Support;

namespace Meldcode.Web.Tests.Dossiers;

/// <summary>
/// Opening a dossier about an adult client, as Ricardo Mendes of the demo's school social work team (sector
/// maatschappelijke ondersteuning) does it: the form asks for the client and the kindcheck, not for a child's class.
/// </summary>
public sealed class ClientDossierTests : IClassFixture<MeldcodeFactory>
{
    private const string CareWorker = "Ricardo Mendes";
    private const string ClientForm = "/dossiers/nieuw?over=client";
    private const string ClientPost = "/dossiers/nieuw?over=client&handler=Client";

    private readonly MeldcodeFactory _factory;

    public ClientDossierTests(MeldcodeFactory factory)
    {
        _factory = factory;
    }

    private static string MainText(IHtmlDocument page) => page.QuerySelector("main")!.TextContent;

    [Fact]
    public async Task In_a_care_team_the_new_dossier_form_first_asks_whether_the_concern_is_about_a_child_or_an_adult_client()
    {
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync(CareWorker);

        var choice = await client.GetPageAsync("/dossiers/nieuw");

        Assert.Equal(
            ["/dossiers/nieuw?over=kind", "/dossiers/nieuw?over=client"],
            choice.QuerySelectorAll<IHtmlAnchorElement>("main .choice-list a").Select(a => a.GetAttribute("href")));
        Assert.Empty(choice.QuerySelectorAll("main form"));
    }

    [Fact]
    public async Task The_form_for_an_adult_client_asks_for_the_client_and_the_kindcheck_and_not_for_a_group_or_class()
    {
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync(CareWorker);

        var form = await client.GetPageAsync(ClientForm);

        var text = MainText(form);
        Assert.Contains("De cliënt", text, StringComparison.Ordinal);
        Assert.Contains("Kindcheck: wonen er kinderen bij de cliënt, of zijn ze er vaak?", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Groep of klas", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Het kind", text, StringComparison.Ordinal);
        Assert.Null(form.GetElementById("Group"));
        Assert.All(["FirstName", "LastName", "DateOfBirth", "ChildrenPresent-ja", "ChildrenPresent-nee", "NumberOfChildren", "Ages", "WhoCares"], id => Assert.NotNull(form.GetElementById(id)));
    }

    [Fact]
    public async Task A_care_worker_opens_a_dossier_about_an_adult_client_and_the_header_names_the_client_and_the_children()
    {
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync(CareWorker);
        var form = await client.GetPageAsync(ClientForm);

        using var response = await client.SubmitAsync(form, ClientPost, new Dictionary<string, string>
        {
            ["FirstName"] = "Kees",
            ["LastName"] = "Verbeek",
            ["DateOfBirth"] = "1979-06-01",
            ["ChildrenPresent"] = "true",
            ["NumberOfChildren"] = "1",
            ["Ages"] = "9 jaar",
            ["WhoCares"] = "Kees en zijn partner",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var overview = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Cliënt: Kees Verbeek", overview.QuerySelector(".dossier-header__child")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Kinderen in het gezin: volgens de kindcheck positief: 1 kind(eren), leeftijden 9 jaar", overview.QuerySelector(".dossier-header__household")!.TextContent, StringComparison.Ordinal);
        var list = await client.GetPageAsync("/dossiers");
        Assert.Contains("Cliënt: Kees Verbeek", list.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_input_for_an_adult_client_is_refused_in_Dutch_and_the_typed_input_is_kept()
    {
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync(CareWorker);
        var form = await client.GetPageAsync(ClientForm);

        using var response = await client.SubmitAsync(form, ClientPost, new Dictionary<string, string>
        {
            ["FirstName"] = "Jesse",
            ["LastName"] = "",
            ["DateOfBirth"] = DateTime.UtcNow.AddYears(-15).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["ChildrenPresent"] = "true",
            ["Ages"] = "2 jaar",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await Browser.ParseAsync(response);
        Assert.Equal("Vul de achternaam van de cliënt in.", page.GetElementById("LastName-fout")!.TextContent.Trim());
        Assert.StartsWith("De cliënt is volgens deze geboortedatum jonger dan 18 jaar.", page.GetElementById("DateOfBirth-fout")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("Vul in om hoeveel kinderen het gaat.", page.GetElementById("NumberOfChildren-fout")!.TextContent.Trim());
        Assert.Equal("Vul de verzorgers van de kinderen in.", page.GetElementById("WhoCares-fout")!.TextContent.Trim());
        Assert.Equal(("Jesse", "2 jaar", true), (
            page.QuerySelector<IHtmlInputElement>("#FirstName")!.Value,
            page.QuerySelector<IHtmlInputElement>("#Ages")!.Value,
            page.QuerySelector<IHtmlInputElement>("#ChildrenPresent-ja")!.IsChecked));
        Assert.Null(page.GetElementById("Group"));
    }

    [Fact]
    public async Task A_teacher_gets_the_childs_form_at_once_without_a_choice_for_an_adult_client()
    {
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync("Anna Kowalczyk");

        var form = await client.GetPageAsync("/dossiers/nieuw");

        Assert.NotNull(form.GetElementById("Group"));
        Assert.DoesNotContain("cliënt", MainText(form), StringComparison.Ordinal);
    }
}
