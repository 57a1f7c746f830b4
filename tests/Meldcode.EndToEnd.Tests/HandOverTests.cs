using System.Text.RegularExpressions;
using Meldcode.EndToEnd.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Meldcode.EndToEnd.Tests;

/// <summary>
/// When someone leaves: the functioneel beheerder deactivates a professional who still owns an open
/// dossier, the aandachtsfunctionaris of her team sees it flagged as without an owner and hands it
/// over to a colleague, who then finds it in Mijn dossiers. Each person works in a browser context of
/// their own. The people are those of Basisschool Het Anker (and Ricardo Mendes, whom the beheerder
/// gives access to that team), whom no other browser test signs in as, so deactivating one of them
/// changes nothing for the other tests that share this app and database.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class HandOverTests
{
    /// <summary>Professional at Basisschool Het Anker (see DevelopmentSeeder); she leaves.</summary>
    private const string Leaver = "Anna Kowalczyk";

    /// <summary>Aandachtsfunctionaris of Basisschool Het Anker.</summary>
    private const string Lead = "Johan Bakker";

    /// <summary>Functioneel beheerder of the organisation.</summary>
    private const string Administrator = "Peter Jansen";

    /// <summary>Professional of another team, given access to Het Anker to take the dossier over.</summary>
    private const string Colleague = "Ricardo Mendes";

    private const string Team = "Basisschool Het Anker";
    private const string Reason = "Anna Kowalczyk is uit dienst.";

    private readonly MeldcodeAppFixture _app;
    private readonly ITestOutputHelper _output;

    public HandOverTests(MeldcodeAppFixture app, ITestOutputHelper output)
    {
        _app = app;
        _output = output;
    }

    [GeneratedRegex(@"/dossiers/(?<id>[0-9a-f-]{36})$")]
    private static partial Regex DossierAddress();

    [GeneratedRegex(@"/beheer/gebruikers/[0-9a-f-]{36}$")]
    private static partial Regex UserAddress();

    [Fact]
    public async Task The_lead_hands_the_dossiers_of_a_deactivated_professional_to_a_colleague_who_then_finds_them_in_Mijn_dossiers()
    {
        var audit = new AxeAudit(_output);
        var number = string.Empty;

        await _app.RunInBrowserAsync(
            async anna =>
            {
                await DemoSignIn.SignInAsync(anna, Leaver);
                await anna.GotoAsync("/dossiers/nieuw");
                var child = anna.GetByRole(AriaRole.Group, new() { Name = "Het kind" });
                await child.GetByLabel("Voornaam").FillAsync("Mila");
                await child.GetByLabel("Achternaam").FillAsync("de Jong");
                await child.GetByLabel("Geboortedatum").FillAsync("2016-09-02");
                await child.GetByLabel("Groep of klas").FillAsync("Groep 5");
                await anna.GetByRole(AriaRole.Button, new() { Name = "Dossier openen", Exact = true }).ClickAsync();
                await Expect(anna).ToHaveURLAsync(DossierAddress());
                var heading = await anna.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync() ?? string.Empty;
                number = Regex.Match(heading, @"^Dossier (?<number>\d{4}-\d{4})$").Groups["number"].Value;
                Assert.False(string.IsNullOrEmpty(number), $"No dossier number in the overview's heading '{heading}'.");
            },
            $"{nameof(The_lead_hands_the_dossiers_of_a_deactivated_professional_to_a_colleague_who_then_finds_them_in_Mijn_dossiers)}_leaver");

        await _app.RunInBrowserAsync(
            async peter =>
            {
                await DemoSignIn.SignInAsync(peter, Administrator);
                await OpenUserAsync(peter, Leaver);
                await Expect(peter.GetByRole(AriaRole.Region, new() { Name = "Toegang" })).ToContainTextAsync($"{Leaver} is eigenaar van 1 open dossier.");
                await peter.GetByRole(AriaRole.Button, new() { Name = "Deactiveren", Exact = true }).ClickAsync();
                await Expect(peter.GetByRole(AriaRole.Status).Filter(new() { HasText = "De gebruiker is gedeactiveerd en is direct uitgelogd." })).ToBeVisibleAsync();
                await Expect(peter.GetByRole(AriaRole.Region, new() { Name = "Toegang" })).ToContainTextAsync($"{Leaver} is nog eigenaar van 1 open dossier.");

                // Het Anker has no other professional: the beheerder gives a colleague of another team access to it.
                await OpenUserAsync(peter, Colleague);
                await peter.GetByLabel("Rol", new() { Exact = true }).SelectOptionAsync("Professional");
                await peter.GetByLabel("Team of locatie").SelectOptionAsync(new SelectOptionValue { Label = Team });
                await peter.GetByRole(AriaRole.Button, new() { Name = "Rol geven", Exact = true }).ClickAsync();
                await Expect(peter.GetByRole(AriaRole.Status).Filter(new() { HasText = "De rol is gegeven." })).ToBeVisibleAsync();
                await Expect(peter.GetByRole(AriaRole.Region, new() { Name = "Rollen" })).ToContainTextAsync(Team);
            },
            $"{nameof(The_lead_hands_the_dossiers_of_a_deactivated_professional_to_a_colleague_who_then_finds_them_in_Mijn_dossiers)}_administrator");

        await _app.RunInBrowserAsync(
            async johan =>
            {
                await DemoSignIn.SignInAsync(johan, Lead);
                await johan.GotoAsync("/team");
                await Expect(johan.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Teamoverzicht");
                var row = johan.GetByRole(AriaRole.Table).GetByRole(AriaRole.Row).Filter(new() { Has = johan.GetByRole(AriaRole.Link, new() { Name = number, Exact = true }) });
                await Expect(row).ToHaveCountAsync(1);
                await Expect(row).ToContainTextAsync($"{Leaver} (uitgeschakeld)");
                await Expect(row.Locator(".flags li").Filter(new() { HasText = "Geen eigenaar" })).ToHaveCountAsync(1);
                await audit.CheckAsync(johan, "aandachtsfunctionaris: team overview with a dossier without an owner");

                await johan.GotoAsync("/team/overdragen");
                await Expect(johan.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Dossiers overdragen");
                await audit.CheckAsync(johan, "aandachtsfunctionaris: hand-over page");
                await johan.GetByRole(AriaRole.Link, new() { NameRegex = new Regex($"^Overdragen\\s*:\\s*de dossiers van {Leaver}$") }).ClickAsync();
                await Expect(johan.GetByRole(AriaRole.Heading, new() { Name = $"Open dossiers van {Leaver} (gedeactiveerd)", Exact = true })).ToBeVisibleAsync();

                var form = johan.GetByRole(AriaRole.Form, new() { Name = Team, Exact = true });
                await Expect(form.GetByRole(AriaRole.Checkbox, new() { Name = number, Exact = true })).ToBeCheckedAsync();
                await form.GetByLabel("Aan wie draag je ze over?").SelectOptionAsync(new SelectOptionValue { Label = Colleague });
                await form.GetByLabel("Waarom draag je ze over?").FillAsync(Reason);
                await audit.CheckAsync(johan, "aandachtsfunctionaris: hand-over form filled in");
                await form.GetByRole(AriaRole.Button, new() { Name = "Overdragen", Exact = true }).ClickAsync();

                await Expect(johan.GetByRole(AriaRole.Status).Filter(new() { HasText = "De dossiers zijn overgedragen. De nieuwe eigenaar ziet ze in Mijn dossiers." })).ToBeVisibleAsync();
                await Expect(johan.GetByRole(AriaRole.Heading, new() { Name = $"Open dossiers van {Leaver} (gedeactiveerd)", Exact = true })).ToBeVisibleAsync();
                await Expect(johan.GetByRole(AriaRole.Main)).ToContainTextAsync($"{Leaver} heeft geen open dossiers in jouw team.");

                await johan.GotoAsync("/team");
                await Expect(row).ToContainTextAsync(Colleague);
                await Expect(row.Locator(".flags li").Filter(new() { HasText = "Geen eigenaar" })).ToHaveCountAsync(0);
            },
            $"{nameof(The_lead_hands_the_dossiers_of_a_deactivated_professional_to_a_colleague_who_then_finds_them_in_Mijn_dossiers)}_lead");

        await _app.RunInBrowserAsync(
            async ricardo =>
            {
                await DemoSignIn.SignInAsync(ricardo, Colleague);
                await ricardo.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Mijn dossiers", Exact = true }).ClickAsync();
                var row = ricardo.GetByRole(AriaRole.Table, new() { Name = "Dossiers", Exact = true }).GetByRole(AriaRole.Row).Filter(new() { Has = ricardo.GetByRole(AriaRole.Link, new() { Name = number, Exact = true }) });
                await Expect(row).ToHaveCountAsync(1);
                await Expect(row).ToContainTextAsync("Mila de Jong");

                await row.GetByRole(AriaRole.Link, new() { Name = number, Exact = true }).ClickAsync();
                var timeline = ricardo.GetByRole(AriaRole.Region, new() { Name = "Tijdlijn" });
                await Expect(timeline).ToContainTextAsync(Reason);
            },
            $"{nameof(The_lead_hands_the_dossiers_of_a_deactivated_professional_to_a_colleague_who_then_finds_them_in_Mijn_dossiers)}_colleague");

        _output.WriteLine(audit.Report());
        audit.AssertNoViolations();
    }

    private static async Task OpenUserAsync(IPage page, string name)
    {
        await page.GotoAsync("/beheer/gebruikers");
        await page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(UserAddress());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
    }
}
