using System.Globalization;
using System.Net;
using Meldcode.Domain.Organisations;
using Meldcode.Web.Tests.Support;
using static Meldcode.Web.Tests.Dossiers.DossierPageSupport;

namespace Meldcode.Web.Tests.Dossiers;

public sealed class KindcheckTests : IClassFixture<MeldcodeFactory>
{
    private readonly MeldcodeFactory _factory;

    public KindcheckTests(MeldcodeFactory factory)
    {
        _factory = factory;
    }

    private static Dictionary<string, string> Positive(string ages = "3 en 7 jaar", string whoCares = "de cliënt en de grootmoeder") => new()
    {
        ["ChildrenPresent"] = "true",
        ["NumberOfChildren"] = "2",
        ["Ages"] = ages,
        ["WhoCares"] = whoCares,
    };

    [Fact]
    public async Task In_education_the_page_explains_the_kindcheck_and_that_it_does_not_apply_and_a_post_gets_the_Dutch_refusal()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);

        var page = await client.GetPageAsync($"/dossiers/{id}/kindcheck");
        Assert.Contains("Werk je met volwassen cliënten?", page.QuerySelector(".question-explanation")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("hoort bij jeugdhulp, zorg en maatschappelijke ondersteuning", page.QuerySelector(".warning-box")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("main form"));

        var values = Positive();
        values["Version"] = (await _factory.VersionAsync(id)).ToString(CultureInfo.InvariantCulture);
        using var response = await client.SubmitAsync(page, $"/dossiers/{id}/kindcheck", values, "form.account__signout");

        await RefusedAsync(response, HttpStatusCode.UnprocessableEntity, "De kindcheck hoort bij jeugdhulp, zorg en maatschappelijke ondersteuning.");
        Assert.Equal(1, await _factory.ChronologyCountAsync(id));
    }

    [Fact]
    public async Task In_youth_care_a_positive_kindcheck_is_saved_and_shown_in_the_timeline()
    {
        var id = await _factory.CreateInSectorAsync(Sector.YouthCare);
        using var client = await _factory.SignedInAsync(Owner);
        var form = await client.GetPageAsync($"/dossiers/{id}/kindcheck");
        Assert.Equal(2, form.QuerySelectorAll("fieldset input[name=ChildrenPresent]").Length);

        using var response = await client.SubmitAsync(form, $"/dossiers/{id}/kindcheck", Positive());

        var overview = await client.SavedAsync(response, id, "De kindcheck is vastgelegd.");
        Assert.Contains("Kindcheck positief: 2 kind(eren)", Timeline(overview), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_negative_kindcheck_needs_no_details()
    {
        var id = await _factory.CreateInSectorAsync(Sector.HealthCare);
        using var client = await _factory.SignedInAsync(Owner);
        var form = await client.GetPageAsync($"/dossiers/{id}/kindcheck");

        using var response = await client.SubmitAsync(form, $"/dossiers/{id}/kindcheck", new Dictionary<string, string> { ["ChildrenPresent"] = "false" });

        var overview = await client.SavedAsync(response, id, "De kindcheck is vastgelegd.");
        Assert.Contains("Kindcheck negatief", Timeline(overview), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_incomplete_kindcheck_shows_Dutch_messages_with_422_and_saves_nothing()
    {
        var id = await _factory.CreateInSectorAsync(Sector.SocialSupport);
        using var client = await _factory.SignedInAsync(Owner);
        var form = await client.GetPageAsync($"/dossiers/{id}/kindcheck");

        using var nothing = await client.SubmitAsync(form, $"/dossiers/{id}/kindcheck");
        using var noDetails = await client.SubmitAsync(form, $"/dossiers/{id}/kindcheck", new Dictionary<string, string> { ["ChildrenPresent"] = "true", ["NumberOfChildren"] = "veel" });

        await RefusedAsync(nothing, HttpStatusCode.UnprocessableEntity, "Geef aan of er kinderen bij de cliënt wonen of regelmatig verblijven.");
        var page = await RefusedAsync(noDetails, HttpStatusCode.UnprocessableEntity, "Vul in om hoeveel kinderen het gaat.", "Vul de leeftijden in.", "Vul de verzorgers van de kinderen in.");
        Assert.Contains("'veel' is geen geldige waarde.", FieldError(page, "NumberOfChildren-fout"), StringComparison.Ordinal);
        Assert.Equal(1, await _factory.ChronologyCountAsync(id));
    }

    [Fact]
    public async Task Markup_is_shown_as_literal_text_and_an_overlong_answer_is_refused()
    {
        var id = await _factory.CreateInSectorAsync(Sector.YouthCare);
        using var client = await _factory.SignedInAsync(Owner);
        var form = await client.GetPageAsync($"/dossiers/{id}/kindcheck");

        using var tooLong = await client.SubmitAsync(form, $"/dossiers/{id}/kindcheck", Positive(whoCares: TooLong));
        await RefusedAsync(tooLong, HttpStatusCode.UnprocessableEntity, "De verzorgers van de kinderen mogen hoogstens 200 tekens lang zijn. Nu zijn het er 10.001.");

        using var hostile = await client.SubmitAsync(form, $"/dossiers/{id}/kindcheck", Positive(ages: "<b>4</b>", whoCares: "<script>x</script>"));
        var overview = await client.SavedAsync(hostile, id, "De kindcheck is vastgelegd.");
        Assert.Contains("(leeftijden: <b>4</b>); zorg: <script>x</script>.", Timeline(overview), StringComparison.Ordinal);
        Assert.Empty(overview.QuerySelectorAll("main script, main b"));
    }

    [Theory]
    [InlineData(OtherTeamLead)]
    [InlineData(Administrator)]
    public async Task Someone_without_access_gets_404(string name)
    {
        var id = await _factory.CreateInSectorAsync(Sector.YouthCare);

        await _factory.AssertHiddenFromAsync(name, $"/dossiers/{id}/kindcheck", Positive());
        Assert.Equal(1, await _factory.ChronologyCountAsync(id));
    }

    [Fact]
    public async Task A_stale_form_gives_409_and_saves_nothing()
    {
        var id = await _factory.CreateInSectorAsync(Sector.YouthCare);
        using var client = await _factory.SignedInAsync(Owner);

        await _factory.PostStaleFormAsync(client, id, $"/dossiers/{id}/kindcheck", Positive());
    }
}
