using System.Net;
using Meldcode.Web.Tests.Support;
using static Meldcode.Web.Tests.Dossiers.DossierPageSupport;

namespace Meldcode.Web.Tests.Dossiers;

public sealed class PeopleTests : IClassFixture<MeldcodeFactory>
{
    private const string CarerForm = "main form.carer";
    private const string SiblingForm = "main form.sibling";
    private const string CollaboratorForm = "main form.collaborator";


    private readonly MeldcodeFactory _factory;

    public PeopleTests(MeldcodeFactory factory)
    {
        _factory = factory;
    }

    private static string Url(Guid id, string handler) => $"/dossiers/{id}/betrokkenen?handler={handler}";

    private static string Facts(AngleSharp.Html.Dom.IHtmlDocument overview) => overview.QuerySelector("#overzicht")!.ParentElement!.TextContent;

    [Fact]
    public async Task The_owner_sees_three_forms_with_their_own_labelled_fields()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);

        var page = await client.GetPageAsync($"/dossiers/{id}/betrokkenen");

        Assert.Equal(Url(id, "Carer"), page.QuerySelector(CarerForm)!.GetAttribute("action"));
        Assert.Equal(Url(id, "Sibling"), page.QuerySelector(SiblingForm)!.GetAttribute("action"));
        Assert.Equal(Url(id, "Collaborator"), page.QuerySelector(CollaboratorForm)!.GetAttribute("action"));
        Assert.NotNull(page.QuerySelector("label[for=CarerName]"));
        Assert.NotNull(page.QuerySelector("label[for=SiblingName]"));
        Assert.Equal(3, page.QuerySelectorAll("main form input[name=Version]").Length);
    }

    [Fact]
    public async Task A_carer_and_a_sibling_are_added_and_shown_on_the_overview()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);

        var form = await client.GetPageAsync($"/dossiers/{id}/betrokkenen");
        using var carer = await client.SubmitAsync(form, Url(id, "Carer"), new Dictionary<string, string> { ["Name"] = "Ewa Jansen", ["Relation"] = "moeder", ["HasParentalAuthority"] = "true" }, CarerForm);
        await client.SavedAsync(carer, id, "De gegevens zijn toegevoegd.");
        form = await client.GetPageAsync($"/dossiers/{id}/betrokkenen");
        using var sibling = await client.SubmitAsync(form, Url(id, "Sibling"), new Dictionary<string, string> { ["Name"] = "Liam Jansen", ["DateOfBirth"] = "2020-05-01" }, SiblingForm);

        var overview = await client.SavedAsync(sibling, id, "De gegevens zijn toegevoegd.");
        Assert.Contains("Ewa Jansen (moeder, heeft gezag)", Facts(overview), StringComparison.Ordinal);
        Assert.Contains("Liam Jansen (geboren 01-05-2020)", Facts(overview), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_professional_of_the_team_is_added_as_collaborator_and_may_then_work_on_the_dossier()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        await _factory.AddProfessionalAsync("Bram Visser", Owner);
        using var client = await _factory.SignedInAsync(Owner);
        var form = await client.GetPageAsync($"/dossiers/{id}/betrokkenen");
        var choices = form.QuerySelectorAll($"{CollaboratorForm} input[name=UserId] + label").Select(l => l.TextContent).ToList();
        Assert.Equal(["Bram Visser"], choices);

        using var response = await client.SubmitAsync(form, Url(id, "Collaborator"), new Dictionary<string, string> { ["UserId"] = form.QuerySelector($"{CollaboratorForm} input[name=UserId]")!.GetAttribute("value")! }, CollaboratorForm);

        var overview = await client.SavedAsync(response, id, "De collega werkt nu mee aan dit dossier.");
        Assert.Contains("Bram Visser werkt mee aan dit dossier.", Timeline(overview), StringComparison.Ordinal);
        var again = await client.GetPageAsync($"/dossiers/{id}/betrokkenen");
        Assert.Empty(again.QuerySelectorAll($"{CollaboratorForm} input[name=UserId]"));
    }

    [Fact]
    public async Task Incomplete_input_shows_the_Dutch_message_in_the_form_that_was_posted_with_422_and_saves_nothing()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        var form = await client.GetPageAsync($"/dossiers/{id}/betrokkenen");

        using var carer = await client.SubmitAsync(form, Url(id, "Carer"), new Dictionary<string, string> { ["Relation"] = "vader" }, CarerForm);
        using var sibling = await client.SubmitAsync(form, Url(id, "Sibling"), new Dictionary<string, string> { ["Name"] = "Liam", ["DateOfBirth"] = "2027-01-01" }, SiblingForm);
        using var collaborator = await client.SubmitAsync(form, Url(id, "Collaborator"), formSelector: CollaboratorForm);

        var carerPage = await RefusedAsync(carer, HttpStatusCode.UnprocessableEntity, "Vul de naam van de ouder of verzorger in.");
        Assert.Equal("Vul de naam van de ouder of verzorger in.", FieldError(carerPage, "CarerName-fout"));
        Assert.Equal(string.Empty, FieldError(carerPage, "SiblingName-fout"));
        Assert.Equal("vader", Value(carerPage, "#Relation"));
        var siblingPage = await RefusedAsync(sibling, HttpStatusCode.UnprocessableEntity, "De geboortedatum kan niet in de toekomst liggen.");
        Assert.Equal("Liam", Value(siblingPage, "#SiblingName"));
        Assert.Null(Value(siblingPage, "#CarerName"));
        await RefusedAsync(collaborator, HttpStatusCode.UnprocessableEntity, "Kies een collega.");
        Assert.Equal(1, await _factory.ChronologyCountAsync(id));
    }

    [Fact]
    public async Task A_colleague_outside_the_team_cannot_be_added_as_collaborator()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        var form = await client.GetPageAsync($"/dossiers/{id}/betrokkenen");

        using var response = await client.SubmitAsync(form, Url(id, "Collaborator"), new Dictionary<string, string> { ["UserId"] = (await _factory.UserIdAsync(OtherTeamProfessional)).ToString() }, CollaboratorForm);

        await RefusedAsync(response, HttpStatusCode.UnprocessableEntity, "Kies een professional van het team van dit dossier.");
        Assert.Equal(1, await _factory.ChronologyCountAsync(id));
    }

    [Fact]
    public async Task Markup_is_shown_as_literal_text_and_an_overlong_name_is_refused()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        var form = await client.GetPageAsync($"/dossiers/{id}/betrokkenen");

        using var tooLong = await client.SubmitAsync(form, Url(id, "Sibling"), new Dictionary<string, string> { ["Name"] = TooLong }, SiblingForm);
        using var hostile = await client.SubmitAsync(form, Url(id, "Carer"), new Dictionary<string, string> { ["Name"] = "<b>Ewa</b>", ["Relation"] = "<script>x</script>" }, CarerForm);

        await RefusedAsync(tooLong, HttpStatusCode.UnprocessableEntity, "De naam van de broer of zus mag hoogstens 200 tekens lang zijn. Nu zijn het er 10.001.");
        var overview = await client.SavedAsync(hostile, id, "De gegevens zijn toegevoegd.");
        Assert.Contains("<b>Ewa</b> (<script>x</script>, geen gezag)", Timeline(overview), StringComparison.Ordinal);
        Assert.Empty(overview.QuerySelectorAll("main script, main b"));
    }

    [Theory]
    [InlineData(OtherTeamLead)]
    [InlineData(Administrator)]
    public async Task Someone_without_access_gets_404_for_the_page_and_every_form(string name)
    {
        var id = await DossierSeed.CreateAsync(_factory);
        var values = new Dictionary<string, string> { ["Name"] = "Ewa", ["Relation"] = "moeder", ["UserId"] = Guid.NewGuid().ToString() };

        foreach (var handler in new[] { "Carer", "Sibling", "Collaborator" })
        {
            await _factory.AssertHiddenFromAsync(name, $"/dossiers/{id}/betrokkenen", values, Url(id, handler));
        }

        Assert.Equal(1, await _factory.ChronologyCountAsync(id));
    }

    [Fact]
    public async Task The_aandachtsfunctionaris_may_not_add_people()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var lead = await _factory.SignedInAsync(Lead);

        await lead.GetPageAsync($"/dossiers/{id}/betrokkenen", HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_stale_form_gives_409_with_the_current_state_and_saves_nothing()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);

        await _factory.PostStaleFormAsync(client, id, $"/dossiers/{id}/betrokkenen", new Dictionary<string, string> { ["Name"] = "Ewa Jansen", ["Relation"] = "moeder" }, CarerForm, Url(id, "Carer"));
    }
}
