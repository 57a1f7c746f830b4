using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Meldcode.Infrastructure.Persistence;
using Meldcode.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Meldcode.Web.Tests.Dossiers.DossierPageSupport;

namespace Meldcode.Web.Tests.Drafts;

/// <summary>
/// Drafts (concepten) on the forms: the autosave endpoint (signed in, with the antiforgery token, only for whom the
/// form is), the offer on the form after signing in again ("Zet terug" fills the form without JavaScript,
/// "Weggooien" deletes it), and the draft gone once the form is saved.
/// </summary>
public sealed class FormDraftPageTests : IDisposable
{
    private const string TypedFacts = "Blauwe plek op de linker bovenarm, ongeveer vijf centimeter.";

    private readonly MeldcodeFactory _factory = new();

    [Fact]
    public async Task A_form_that_keeps_drafts_says_where_its_autosave_posts_and_has_a_quiet_status_line()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);

        var page = await client.GetPageAsync(SignalUrl(id));

        var form = page.QuerySelector("form[data-draft]")!;
        Assert.Equal($"{SignalUrl(id)}?handler=Concept", form.GetAttribute("data-draft"));
        Assert.Equal("polite", form.QuerySelector("[data-draft-status]")!.GetAttribute("aria-live"));
        Assert.Null(page.QuerySelector(".draft-notice"));
    }

    [Fact]
    public async Task An_autosave_keeps_the_typed_fields_but_not_the_version_or_the_token_and_says_when()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        var version = await _factory.VersionAsync(id);

        using var response = await AutosaveAsync(client, SignalUrl(id), new() { ["Facts"] = TypedFacts, ["ObservedBy"] = "Juf Sanne" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("09:30", answer.RootElement.GetProperty("savedAt").GetString());
        var fields = await StoredFieldsAsync();
        Assert.Contains(TypedFacts, fields, StringComparison.Ordinal);
        Assert.Contains("Juf Sanne", fields, StringComparison.Ordinal);
        Assert.DoesNotContain("__RequestVerificationToken", fields, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Version\"", fields, StringComparison.Ordinal);
        Assert.Equal(version, await _factory.VersionAsync(id)); // a draft is not a change of the dossier: nobody's form conflicts with it
    }

    [Fact]
    public async Task An_autosave_without_the_antiforgery_token_is_refused_and_keeps_nothing()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);

        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Facts"] = TypedFacts });
        using var response = await client.PostAsync(new Uri($"{SignalUrl(id)}?handler=Concept", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await DraftCountAsync());
    }

    [Fact]
    public async Task An_autosave_without_a_session_is_refused_and_keeps_nothing()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Accept.ParseAdd("application/json");

        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Facts"] = TypedFacts });
        using var response = await client.PostAsync(new Uri($"{SignalUrl(id)}?handler=Concept", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await DraftCountAsync());
    }

    [Fact]
    public async Task Someone_for_whom_the_form_is_not_keeps_no_draft_of_it()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var owner = await _factory.SignedInAsync(Owner);
        var ownersForm = await owner.GetPageAsync(SignalUrl(id));

        using var lead = await _factory.SignedInAsync(Lead);
        var leadsPage = await lead.GetPageAsync($"/dossiers/{id}/opmerking");
        using var leadTries = await lead.SubmitAsync(leadsPage, $"{SignalUrl(id)}?handler=Concept", new Dictionary<string, string> { ["Facts"] = TypedFacts }, "form[data-draft]");
        using var stranger = await _factory.SignedInAsync(OtherTeamProfessional);
        var strangersPage = await stranger.GetPageAsync("/dossiers/nieuw");
        using var strangerTries = await stranger.SubmitAsync(strangersPage, $"{SignalUrl(id)}?handler=Concept", new Dictionary<string, string> { ["Facts"] = TypedFacts }, "form[data-draft]");

        Assert.NotNull(ownersForm.QuerySelector("form[data-draft]"));
        Assert.Equal(HttpStatusCode.Forbidden, leadTries.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, strangerTries.StatusCode);
        Assert.Equal(0, await DraftCountAsync());
    }

    [Fact]
    public async Task After_the_session_ended_and_a_new_sign_in_the_form_offers_the_draft_back_without_filling_it_in()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        using var saved = await AutosaveAsync(client, SignalUrl(id), new() { ["Facts"] = TypedFacts });
        _factory.Clock.Advance(TimeSpan.FromMinutes(31));

        using var expired = await client.GetAsync(new Uri(SignalUrl(id), UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, expired.StatusCode);
        var signIn = expired.Headers.Location!.PathAndQuery;
        Assert.Equal($"/inloggen?terug={Uri.EscapeDataString(SignalUrl(id))}", signIn);
        var signInPage = await client.GetPageAsync(signIn);
        using var signedIn = await client.SubmitAsync(signInPage, signIn, new Dictionary<string, string> { ["UserId"] = Browser.UserIdOf(signInPage, Owner) });
        Assert.Equal(SignalUrl(id), signedIn.Headers.Location!.OriginalString);
        var page = await client.GetPageAsync(SignalUrl(id));

        var notice = page.QuerySelector(".draft-notice")!;
        Assert.Contains("Je had dit formulier nog niet opgeslagen (concept van 09:30).", notice.TextContent, StringComparison.Ordinal);
        Assert.Equal($"{SignalUrl(id)}?concept=terugzetten", notice.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Weggooien", notice.QuerySelector("form button")!.TextContent);
        Assert.Equal(string.Empty, page.QuerySelector("#Facts")!.TextContent);
    }

    [Fact]
    public async Task Putting_the_draft_back_fills_the_form_with_what_was_typed_instead_of_a_new_forms_defaults()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        using var saved = await AutosaveAsync(client, SignalUrl(id), new()
        {
            ["Facts"] = TypedFacts,
            ["ObservedOn"] = "2026-11-16",
            ["ObservedBy"] = "Juf Sanne",
            ["Category"] = "PhysicalAbuse",
        });

        var page = await client.GetPageAsync($"{SignalUrl(id)}?concept=terugzetten");

        Assert.Equal(TypedFacts, page.QuerySelector("#Facts")!.TextContent);
        Assert.Equal("2026-11-16", Value(page, "#ObservedOn"));
        Assert.Equal("Juf Sanne", Value(page, "#ObservedBy"));
        Assert.True(page.QuerySelector<IHtmlInputElement>("#Category-PhysicalAbuse")!.IsChecked);
        Assert.Contains("staat weer in het formulier", page.QuerySelector(".notice[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".draft-notice"));
        Assert.Equal(1, await DraftCountAsync());
    }

    [Fact]
    public async Task A_draft_is_offered_only_to_the_user_who_typed_it()
    {
        await DossierSeed.CreateAsync(_factory);
        using var owner = await _factory.SignedInAsync(Owner);
        using var saved = await AutosaveAsync(owner, "/dossiers/nieuw", new() { ["FirstName"] = "Noor" });
        using var other = await _factory.SignedInAsync(OtherTeamProfessional);

        var offered = await other.GetPageAsync("/dossiers/nieuw");
        var restored = await other.GetPageAsync("/dossiers/nieuw?concept=terugzetten");

        Assert.Null(offered.QuerySelector(".draft-notice"));
        Assert.Null(Value(restored, "#FirstName"));
        Assert.NotNull((await owner.GetPageAsync("/dossiers/nieuw")).QuerySelector(".draft-notice"));
    }

    [Fact]
    public async Task Throwing_the_draft_away_deletes_it_and_shows_the_form_again()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        using var saved = await AutosaveAsync(client, SignalUrl(id), new() { ["Facts"] = TypedFacts });
        var page = await client.GetPageAsync(SignalUrl(id));

        using var response = await client.SubmitAsync(page, $"{SignalUrl(id)}?handler=ConceptWeggooien", formSelector: ".draft-notice form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(SignalUrl(id), response.Headers.Location!.OriginalString);
        Assert.Equal(0, await DraftCountAsync());
        Assert.Null((await client.GetPageAsync(SignalUrl(id))).QuerySelector(".draft-notice"));
    }

    [Fact]
    public async Task Saving_the_form_deletes_its_draft()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        using var saved = await AutosaveAsync(client, SignalUrl(id), new() { ["Facts"] = TypedFacts });
        var page = await client.GetPageAsync($"{SignalUrl(id)}?concept=terugzetten");

        using var response = await client.SubmitAsync(page, SignalUrl(id), ValidSignal(), "form[data-draft]");

        await client.SavedAsync(response, id, "Het signaal is vastgelegd.");
        Assert.Equal(0, await DraftCountAsync());
        Assert.Null((await client.GetPageAsync(SignalUrl(id))).QuerySelector(".draft-notice"));
    }

    [Fact]
    public async Task A_form_refused_for_its_input_keeps_its_draft()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        using var saved = await AutosaveAsync(client, SignalUrl(id), new() { ["Facts"] = TypedFacts });
        var page = await client.GetPageAsync(SignalUrl(id));

        using var response = await client.SubmitAsync(page, SignalUrl(id), new Dictionary<string, string>(ValidSignal()) { ["Facts"] = string.Empty }, "form[data-draft]");

        await RefusedAsync(response, HttpStatusCode.UnprocessableEntity, "Vul de feiten in.");
        Assert.Equal(1, await DraftCountAsync());
    }

    [Fact]
    public async Task Saving_another_form_leaves_this_forms_draft()
    {
        var id = await DossierSeed.CreateAsync(_factory);
        using var client = await _factory.SignedInAsync(Owner);
        using var saved = await AutosaveAsync(client, SignalUrl(id), new() { ["Facts"] = TypedFacts });
        var comment = await client.GetPageAsync($"/dossiers/{id}/opmerking");

        using var response = await client.SubmitAsync(comment, $"/dossiers/{id}/opmerking", new Dictionary<string, string> { ["Text"] = "Even overleggen met de intern begeleider." }, "form[data-draft]");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, await DraftCountAsync());
    }

    public void Dispose() => _factory.Dispose();

    private static string SignalUrl(Guid id) => $"/dossiers/{id}/signaal";

    private static Dictionary<string, string> ValidSignal() => new()
    {
        ["ObservedOn"] = "2026-11-17",
        ["ObservedBy"] = Owner,
        ["Source"] = "OwnObservation",
        ["Category"] = "PhysicalAbuse",
        ["Facts"] = TypedFacts,
    };

    /// <summary>What drafts.js does: posts the form's fields, with its hidden fields (token, version), to the form's draft address.</summary>
    private static async Task<HttpResponseMessage> AutosaveAsync(HttpClient client, string url, Dictionary<string, string> typed)
    {
        var page = await client.GetPageAsync(url);
        var form = page.QuerySelector("form[data-draft]")!;
        var response = await client.SubmitAsync(page, form.GetAttribute("data-draft")!, typed, "form[data-draft]");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"The autosave answered {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response;
    }

    private async Task<int> DraftCountAsync()
    {
        using var scope = _factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().FormDrafts.CountAsync();
    }

    private async Task<string> StoredFieldsAsync()
    {
        using var scope = _factory.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().FormDrafts.SingleAsync()).Fields;
    }
}
