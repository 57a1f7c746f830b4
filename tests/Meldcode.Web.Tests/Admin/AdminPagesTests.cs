using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Domain.Users;
using Meldcode.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Meldcode.Web.Tests.Admin;

/// <summary>The admin area through its real forms, as the demo functioneel beheerder (Peter Jansen).</summary>
public sealed class AdminPagesTests : IDisposable
{
    private const string Administrator = "Peter Jansen";
    private readonly MeldcodeFactory _factory = new();

    [Fact]
    public async Task The_administrator_gives_someone_waiting_a_role_at_a_location_and_the_log_shows_who_did_what_and_when()
    {
        var ilse = AddWaitingUser("Ilse de Wit", "ilse@delinde.example");
        using var admin = await AdministratorAsync();
        var overview = await admin.GetPageAsync("/beheer");
        Assert.Contains("Ilse de Wit", overview.QuerySelector("#wachtend")!.ParentElement!.TextContent, StringComparison.Ordinal);
        var page = await admin.GetPageAsync($"/beheer/gebruikers/{ilse}");

        using var response = await admin.SubmitAsync(page, $"/beheer/gebruikers/{ilse}?handler=Grant", new Dictionary<string, string>
        {
            ["Role"] = "Professional",
            ["TeamId"] = OptionValue(page, "#TeamId", "Basisschool De Esdoorn"),
        }, GrantForm);

        Assert.Equal($"/beheer/gebruikers/{ilse}", response.Headers.Location!.OriginalString);
        var after = await admin.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.StartsWith("De rol is gegeven.", after.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Professional – Basisschool De Esdoorn"], after.QuerySelectorAll(".role-list li > span").Select(s => s.TextContent));
        var log = await admin.GetPageAsync("/beheer/log");
        var line = log.QuerySelector("ol.admin-log li")!;
        Assert.Contains("Ilse de Wit heeft de rol Professional (Basisschool De Esdoorn) gekregen.", line.TextContent, StringComparison.Ordinal);
        Assert.Contains(Administrator, line.QuerySelector(".admin-log__meta")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(line.QuerySelector("time[datetime]"));
    }

    [Fact]
    public async Task A_refused_form_about_a_user_that_does_not_exist_gives_404_not_500()
    {
        var ilse = AddWaitingUser("Ilse de Wit", null);
        using var admin = await AdministratorAsync();
        var page = await admin.GetPageAsync($"/beheer/gebruikers/{ilse}");

        using var response = await admin.SubmitAsync(page, $"/beheer/gebruikers/{Guid.NewGuid()}?handler=Grant", new Dictionary<string, string> { ["Role"] = string.Empty }, GrantForm);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, _factory.WithDatabase(c => c.AdministrationLog.Count()));
    }

    [Fact]
    public async Task A_team_role_without_a_team_is_refused_on_the_form_in_Dutch_and_nothing_is_saved()
    {
        var ilse = AddWaitingUser("Ilse de Wit", null);
        using var admin = await AdministratorAsync();
        var page = await admin.GetPageAsync($"/beheer/gebruikers/{ilse}");

        using var response = await admin.SubmitAsync(page, $"/beheer/gebruikers/{ilse}?handler=Grant", new Dictionary<string, string> { ["Role"] = "SafeguardingLead", ["TeamId"] = string.Empty }, GrantForm);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var refused = await Browser.ParseAsync(response);
        Assert.Equal("Kies het team of de locatie waarvoor deze rol geldt.", refused.GetElementById("TeamId-fout")!.TextContent.Trim());
        Assert.Equal("SafeguardingLead", refused.QuerySelector<IHtmlSelectElement>("#Role")!.Value);
        Assert.Empty(_factory.WithDatabase(c => c.Users.Include(u => u.Memberships).Single(u => u.Id == ilse).Memberships));
        Assert.Equal(0, _factory.WithDatabase(c => c.AdministrationLog.Count()));
    }

    [Fact]
    public async Task A_form_opened_before_someone_else_changed_the_user_is_refused_with_the_current_state_and_nothing_is_saved()
    {
        var sanne = UserId("Sanne de Vries");
        using var admin = await AdministratorAsync();
        var first = await admin.GetPageAsync($"/beheer/gebruikers/{sanne}");
        var stale = await admin.GetPageAsync($"/beheer/gebruikers/{sanne}");
        (await admin.SubmitAsync(first, $"/beheer/gebruikers/{sanne}?handler=Grant", new Dictionary<string, string> { ["Role"] = "Trainer" }, GrantForm)).Dispose();

        using var response = await admin.SubmitAsync(stale, $"/beheer/gebruikers/{sanne}?handler=Deactivate", formSelector: "form[action*='handler=Deactivate']");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = await Browser.ParseAsync(response);
        Assert.Contains(ConcurrencyConflictException.GeneralDutchMessage, page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Trainer", page.QuerySelector(".role-list")!.TextContent, StringComparison.Ordinal);
        Assert.True(_factory.WithDatabase(c => c.Users.Single(u => u.Id == sanne).IsActive));
    }

    [Fact]
    public async Task A_role_is_taken_away_with_its_own_button()
    {
        var johan = UserId("Johan Bakker");
        using var admin = await AdministratorAsync();
        var page = await admin.GetPageAsync($"/beheer/gebruikers/{johan}");

        using var response = await admin.SubmitAsync(page, $"/beheer/gebruikers/{johan}?handler=Revoke", formSelector: "form[action*='handler=Revoke']");

        var after = await admin.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Null(after.QuerySelector(".role-list"));
        Assert.Contains("nog geen rol", after.QuerySelector("#rollen")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_administrator_cannot_deactivate_themselves_nor_give_up_the_last_administrator_role()
    {
        var peter = UserId(Administrator);
        using var admin = await AdministratorAsync();
        var page = await admin.GetPageAsync($"/beheer/gebruikers/{peter}");

        using var response = await admin.SubmitAsync(page, $"/beheer/gebruikers/{peter}?handler=Revoke", formSelector: "form[action*='handler=Revoke']");

        Assert.Null(page.QuerySelector("form[action*='handler=Deactivate']"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Er moet minstens één actieve functioneel beheerder blijven.", (await Browser.ParseAsync(response)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deactivated_user_can_be_made_active_again()
    {
        var anna = UserId("Anna Kowalczyk");
        using var admin = await AdministratorAsync();
        var page = await admin.GetPageAsync($"/beheer/gebruikers/{anna}");
        using (var deactivated = await admin.SubmitAsync(page, $"/beheer/gebruikers/{anna}?handler=Deactivate", formSelector: "form[action*='handler=Deactivate']"))
        {
            page = await admin.GetPageAsync(deactivated.Headers.Location!.OriginalString);
        }

        using var response = await admin.SubmitAsync(page, $"/beheer/gebruikers/{anna}?handler=Reactivate", formSelector: "form[action*='handler=Reactivate']");

        var after = await admin.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("De gebruiker is weer actief en kan weer inloggen.", after.QuerySelector(".notice")!.TextContent);
        Assert.True(_factory.WithDatabase(c => c.Users.Single(u => u.Id == anna).IsActive));
    }

    [Fact]
    public async Task Users_are_found_by_part_of_their_name_or_email_address()
    {
        AddWaitingUser("Ilse de Wit", "ilse@delinde.example");
        using var admin = await AdministratorAsync();

        var byName = await admin.GetPageAsync("/beheer/gebruikers?zoek=jans");
        var byEmail = await admin.GetPageAsync("/beheer/gebruikers?zoek=ILSE%40");
        var nobody = await admin.GetPageAsync("/beheer/gebruikers?zoek=niemand");
        var all = await admin.GetPageAsync("/beheer/gebruikers");

        Assert.Equal(["Peter Jansen"], Names(byName));
        Assert.Equal(["Ilse de Wit"], Names(byEmail));
        Assert.Equal("Geen gebruikers gevonden.", nobody.QuerySelector("main [role=status]")!.TextContent);
        Assert.Equal("Ilse de Wit", Names(all)[0]);
        Assert.Equal("Wacht op toegang", all.QuerySelector("tbody tr .badge")!.TextContent);
    }

    [Fact]
    public async Task Teams_are_added_and_renamed_through_their_forms_and_a_name_in_use_is_refused()
    {
        using var admin = await AdministratorAsync();
        var teams = await admin.GetPageAsync("/beheer/teams");

        using var added = await admin.SubmitAsync(teams, "/beheer/teams", new Dictionary<string, string> { ["Name"] = "Kindcentrum De Wilg" });
        using var duplicate = await admin.SubmitAsync(teams, "/beheer/teams", new Dictionary<string, string> { ["Name"] = "basisschool het anker" });
        var list = await admin.GetPageAsync(added.Headers.Location!.OriginalString);
        var renameLink = list.QuerySelectorAll<IHtmlAnchorElement>("main table a").Single(a => a.TextContent.Contains("Kindcentrum De Wilg", StringComparison.Ordinal)).GetAttribute("href")!;
        var rename = await admin.GetPageAsync(renameLink);
        using var renamed = await admin.SubmitAsync(rename, renameLink, new Dictionary<string, string> { ["Name"] = "Kindcentrum De Treurwilg" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, duplicate.StatusCode);
        Assert.Contains("Er is al een team of locatie met de naam 'basisschool het anker'.", (await Browser.ParseAsync(duplicate)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Kindcentrum De Wilg", rename.QuerySelector<IHtmlInputElement>("#Name")!.Value);
        var after = await admin.GetPageAsync(renamed.Headers.Location!.OriginalString);
        Assert.Equal("De nieuwe naam is opgeslagen.", after.QuerySelector(".notice")!.TextContent);
        Assert.Equal(
            ["Basisschool De Esdoorn", "Basisschool Het Anker", "Kindcentrum De Treurwilg", "Schoolmaatschappelijk werk"],
            after.QuerySelectorAll("main tbody tr td:first-child").Select(td => td.TextContent));
    }

    [Fact]
    public async Task A_team_is_added_in_a_chosen_sector_and_its_sector_is_changed_on_the_teams_own_page()
    {
        using var admin = await AdministratorAsync();
        var teams = await admin.GetPageAsync("/beheer/teams");
        Assert.Contains("Sector van de organisatie", teams.GetElementById("Sector")!.TextContent, StringComparison.Ordinal);

        using var added = await admin.SubmitAsync(teams, "/beheer/teams", new Dictionary<string, string> { ["Name"] = "Kinderopvang De Vlinder", ["Sector"] = "Childcare" });
        var list = await admin.GetPageAsync(added.Headers.Location!.OriginalString);
        var link = list.QuerySelectorAll<IHtmlAnchorElement>("main table a").Single(a => a.TextContent.Contains("Kinderopvang De Vlinder", StringComparison.Ordinal)).GetAttribute("href")!;
        var page = await admin.GetPageAsync(link);
        Assert.Equal("Childcare", page.QuerySelector<IHtmlSelectElement>("#Sector")!.Value);

        using var wrong = await admin.SubmitAsync(page, $"{link}?handler=Sector", new Dictionary<string, string> { ["Sector"] = string.Empty }, "main form.team-sector");
        using var changed = await admin.SubmitAsync(page, $"{link}?handler=Sector", new Dictionary<string, string> { ["Sector"] = "HealthCare" }, "main form.team-sector");
        using var stale = await admin.SubmitAsync(page, $"{link}?handler=Sector", new Dictionary<string, string> { ["Sector"] = "YouthCare" }, "main form.team-sector");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        var refused = await Browser.ParseAsync(wrong);
        Assert.Equal("Kies de sector van het team of de locatie.", refused.GetElementById("Sector-fout")!.TextContent.Trim());
        Assert.Equal("Kinderopvang De Vlinder", refused.QuerySelector<IHtmlInputElement>("#Name")!.Value);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var after = await admin.GetPageAsync(changed.Headers.Location!.OriginalString);
        Assert.Equal("De nieuwe sector van het team of de locatie is opgeslagen.", after.QuerySelector(".notice")!.TextContent);
        var row = after.QuerySelectorAll("main tbody tr").Single(r => r.TextContent.Contains("Kinderopvang De Vlinder", StringComparison.Ordinal));
        Assert.Equal("Zorg", row.QuerySelectorAll("td")[1].TextContent);
        var log = await admin.GetPageAsync("/beheer/log");
        Assert.Contains("Team of locatie 'Kinderopvang De Vlinder' werkt nu in de sector Zorg (was: Kinderopvang).", log.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_first_save_of_the_organisation_page_as_it_is_shown_succeeds_because_a_retention_term_is_set()
    {
        using var admin = await AdministratorAsync();
        var form = await admin.GetPageAsync("/beheer/organisatie");
        var retention = form.QuerySelector<IHtmlInputElement>("#RetentionYears")!.Value;
        var staffConcernRetention = form.QuerySelector<IHtmlInputElement>("#StaffConcernRetentionYears")!.Value;

        using var response = await admin.SubmitAsync(form, "/beheer/organisatie", new Dictionary<string, string>
        {
            ["Name"] = form.QuerySelector<IHtmlInputElement>("#Name")!.Value!,
            ["Sector"] = form.QuerySelector<IHtmlSelectElement>("#Sector")!.Value!,
            ["VeiligThuisRegion"] = "Veilig Thuis Utrecht",
            ["RetentionYears"] = retention,
            ["StaffConcernRetentionYears"] = staffConcernRetention,
        });

        Assert.Equal(("5", "5"), (retention, staffConcernRetention));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task The_organisation_settings_are_refused_field_by_field_in_Dutch_and_saved_when_right()
    {
        using var admin = await AdministratorAsync();
        var form = await admin.GetPageAsync("/beheer/organisatie");
        Assert.Contains("verwijdert Meldcode het dossier 's nachts automatisch", form.GetElementById("bewaartermijn-uitleg")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("In de jeugdhulp en de zorg bewaar je dossiers volgens de wet 20 jaar.", form.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        using var wrong = await admin.SubmitAsync(form, "/beheer/organisatie", new Dictionary<string, string> { ["Name"] = " ", ["Sector"] = string.Empty, ["RetentionYears"] = "0", ["StaffConcernRetentionYears"] = "7" });
        using var right = await admin.SubmitAsync(form, "/beheer/organisatie", new Dictionary<string, string>
        {
            ["Name"] = "Stichting De Linde",
            ["Sector"] = "Childcare",
            ["VeiligThuisRegion"] = "Veilig Thuis Utrecht",
            ["RetentionYears"] = "20",
            ["StaffConcernRetentionYears"] = "7",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        var refused = await Browser.ParseAsync(wrong);
        Assert.Equal("Vul de naam van de organisatie in.", refused.GetElementById("Name-fout")!.TextContent.Trim());
        Assert.Equal("Kies de sector van de organisatie.", refused.GetElementById("Sector-fout")!.TextContent.Trim());
        Assert.Equal("De bewaartermijn moet tussen 1 en 100 jaar liggen.", refused.GetElementById("RetentionYears-fout")!.TextContent.Trim());
        Assert.Equal("7", refused.QuerySelector<IHtmlInputElement>("#StaffConcernRetentionYears")!.Value);
        var saved = await admin.GetPageAsync(right.Headers.Location!.OriginalString);
        Assert.Equal("De instellingen van de organisatie zijn opgeslagen.", saved.QuerySelector(".notice")!.TextContent);
        // "Veilig Thuis Utrecht" is kept as the region's own name, so that "Veilig Thuis" is never said twice.
        Assert.Equal(("Stichting De Linde", "Childcare", "Utrecht", "20"), (
            saved.QuerySelector<IHtmlInputElement>("#Name")!.Value,
            saved.QuerySelector<IHtmlSelectElement>("#Sector")!.Value,
            saved.QuerySelector<IHtmlInputElement>("#VeiligThuisRegion")!.Value,
            saved.QuerySelector<IHtmlInputElement>("#RetentionYears")!.Value));
    }

    [Fact]
    public async Task Letters_typed_as_the_retention_term_are_refused_in_Dutch_not_with_an_error_page()
    {
        using var admin = await AdministratorAsync();
        var form = await admin.GetPageAsync("/beheer/organisatie");

        using var response = await admin.SubmitAsync(form, "/beheer/organisatie", new Dictionary<string, string> { ["Name"] = "Stichting De Linde", ["Sector"] = "Education", ["RetentionYears"] = "twintig" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.NotEmpty((await Browser.ParseAsync(response)).GetElementById("RetentionYears-fout")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_administrator_manages_people_but_cannot_open_a_dossier()
    {
        var dossier = await DossierSeed.CreateAsync(_factory);
        using var admin = await AdministratorAsync();

        using var response = await admin.GetAsync(new Uri($"/dossiers/{dossier}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_admin_menu_marks_the_section_the_administrator_is_in()
    {
        using var admin = await AdministratorAsync();

        var user = await admin.GetPageAsync($"/beheer/gebruikers/{UserId("Sanne de Vries")}");

        Assert.Equal("Gebruikers", user.QuerySelector("nav.sub-nav a[aria-current=page]")!.TextContent);
        Assert.Contains((await admin.GetPageAsync("/")).QuerySelectorAll("nav.main-nav a"), a => a.TextContent == "Beheer");
    }

    public void Dispose() => _factory.Dispose();

    private const string GrantForm = "form[action*='handler=Grant']";

    private async Task<HttpClient> AdministratorAsync()
    {
        var client = _factory.CreateBrowser();
        await client.SignInAsAsync(Administrator);
        return client;
    }

    private Guid UserId(string name) => _factory.WithDatabase(c => c.Users.Single(u => u.DisplayName == name).Id);

    private Guid AddWaitingUser(string name, string? email) => _factory.WithDatabase(c =>
    {
        var user = User.Provision(c.Organisations.Single(), "https://idp.example", Guid.NewGuid().ToString(), name, email);
        c.Users.Add(user);
        c.SaveChanges();
        return user.Id;
    });

    private static string OptionValue(IHtmlDocument page, string select, string text) =>
        page.QuerySelectorAll<IHtmlOptionElement>($"{select} option").Single(o => o.TextContent == text).Value;

    private static List<string> Names(IHtmlDocument page) => page.QuerySelectorAll("main tbody tr td:first-child a").Select(a => a.TextContent).ToList();
}
