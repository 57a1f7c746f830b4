using System.Net;
using Meldcode.Web.Tests.Support;
using static Meldcode.Web.Tests.Dossiers.DossierPageSupport;

namespace Meldcode.Web.Tests.Dossiers;

/// <summary>The aandachtsfunctionaris hands one dossier to a colleague of its team (/dossiers/{id}/overdragen).</summary>
public sealed class HandOverTests : IClassFixture<MeldcodeFactory>
{
    private readonly MeldcodeFactory _factory;

    public HandOverTests(MeldcodeFactory factory)
    {
        _factory = factory;
    }

    private static string Url(Guid id) => $"/dossiers/{id}/overdragen";

    [Fact]
    public async Task The_lead_finds_the_form_on_the_overview_and_hands_the_dossier_to_a_colleague_of_the_team()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        var bram = await _factory.AddProfessionalAsync("Bram Visser", Owner);
        using var client = await _factory.SignedInAsync(Lead);
        var overview = await client.GetPageAsync($"/dossiers/{id}");
        Assert.Contains(overview.QuerySelectorAll("a"), a => a.GetAttribute("href") == Url(id));

        var form = await client.GetPageAsync(Url(id));
        var choices = form.QuerySelectorAll("select#NewOwnerId option").Select(o => o.TextContent).ToList();
        Assert.Contains("Bram Visser", choices);
        Assert.DoesNotContain(Owner, choices);
        using var response = await client.SubmitAsync(form, Url(id), new Dictionary<string, string> { ["NewOwnerId"] = bram.ToString(), ["Reason"] = "Sanne is met verlof." });

        var saved = await client.SavedAsync(response, id, "Het dossier is overgedragen. De nieuwe eigenaar ziet het in Mijn dossiers.");
        Assert.Contains("Dossier overgedragen van Sanne de Vries aan Bram Visser.", Timeline(saved), StringComparison.Ordinal);
        using var owner = await _factory.SignedInAsync(Owner);
        await owner.GetPageAsync($"/dossiers/{id}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_owner_sees_no_link_and_may_not_open_the_form()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);

        var overview = await client.GetPageAsync($"/dossiers/{id}");

        Assert.DoesNotContain(overview.QuerySelectorAll("a"), a => a.GetAttribute("href") == Url(id));
        await client.GetPageAsync(Url(id), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Bad_input_is_refused_in_Dutch_on_the_form_with_the_typed_input_kept_and_nothing_saved()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        var anna = await _factory.UserIdAsync(OtherTeamProfessional);
        using var client = await _factory.SignedInAsync(Lead);
        var form = await client.GetPageAsync(Url(id));

        using var empty = await client.SubmitAsync(form, Url(id));
        using var stranger = await client.SubmitAsync(form, Url(id), new Dictionary<string, string> { ["NewOwnerId"] = anna.ToString(), ["Reason"] = "Anna neemt het over." });

        var page = await RefusedAsync(empty, HttpStatusCode.UnprocessableEntity, "Kies aan wie je het dossier overdraagt.", "Vul de reden in.");
        Assert.Equal("Vul de reden in.", FieldError(page, "Reason-fout"));
        var other = await RefusedAsync(stranger, HttpStatusCode.UnprocessableEntity, "Kies een collega uit het team van dit dossier.");
        Assert.Equal("Anna neemt het over.", other.QuerySelector("textarea#Reason")!.TextContent);
        Assert.Equal(1, await _factory.ChronologyCountAsync(id));
    }

    [Fact]
    public async Task A_form_from_before_another_change_gets_the_conflict_message()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        var bram = await _factory.AddProfessionalAsync("Bram de Wit", Owner);
        using var client = await _factory.SignedInAsync(Lead);

        await _factory.PostStaleFormAsync(client, id, Url(id), new Dictionary<string, string> { ["NewOwnerId"] = bram.ToString(), ["Reason"] = "Sanne is met verlof." });
    }

    [Fact]
    public async Task The_lead_of_another_team_does_not_find_the_dossier() =>
        await _factory.AssertHiddenFromAsync(OtherTeamLead, Url(await DossierSeed.CreateAsync(_factory)), new Dictionary<string, string> { ["Reason"] = "x" });
}
