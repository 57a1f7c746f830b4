using System.Globalization;
using System.Text.RegularExpressions;
using Meldcode.Application.Tests.Support;
using Meldcode.Domain.Common;
using Meldcode.EndToEnd.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Meldcode.EndToEnd.Tests;

/// <summary>
/// Two app instances on two ports against one PostgreSQL database behave as one application (issue 15): a session
/// begun on one is valid on the other and ended on both, a dossier changed on one is current on the other (also when
/// the other had just shown it), and a live session's votes cast through one reach a projector connected to the other.
/// Needs a PostgreSQL server (./test.sh starts one); skipped with a reason without.
/// </summary>
[Collection(TwoInstancesCollection.Name)]
public sealed partial class TwoInstancesTests
{
    private const string Trainer = "Nguyễn Thị Lan";
    private const string Facts = "Noor kwam voor de derde keer deze week zonder jas en zonder ontbijt op school.";

    /// <summary>One decision point (answers A, B, C). See DilemmaSessionTests.</summary>
    private const string Dilemma = "Het gaat al veel beter";

    private readonly TwoInstancesFixture _instances;
    private readonly ITestOutputHelper _output;

    public TwoInstancesTests(TwoInstancesFixture instances, ITestOutputHelper output)
    {
        _instances = instances;
        _output = output;
    }

    [GeneratedRegex(@"/dossiers/(?<id>[0-9a-f-]{36})$")]
    private static partial Regex DossierAddress();

    [GeneratedRegex(@"/training/sessies/(?<id>[0-9a-f-]{36})/bediening$")]
    private static partial Regex ControlAddress();

    [GeneratedRegex(@"/doe-mee/[0-9a-f-]{36}(\?.*)?$")]
    private static partial Regex ParticipantAddress();

    [PostgreSqlFact]
    public async Task Signed_in_on_one_instance_the_browser_continues_on_the_other_and_signing_out_there_ends_the_session_on_both()
    {
        await using var context = await _instances.NewContextAsync(_instances.First);
        var page = await context.NewPageAsync();
        await RunAsync([page], async () =>
        {
            await DemoSignIn.SignInAsync(page, DemoSignIn.Professional);
            var session = Assert.Single(await context.CookiesAsync(), cookie => cookie.Name == DemoSignIn.SessionCookieName);

            // Instance B: the same browser, the same cookie, no sign-in page.
            await page.GotoAsync(TwoInstancesFixture.At(_instances.Second, "/dossiers"));
            await Expect(page).ToHaveURLAsync(TwoInstancesFixture.At(_instances.Second, "/dossiers"));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mijn dossiers");
            await Expect(page.GetByRole(AriaRole.Banner)).ToContainTextAsync(DemoSignIn.Professional);

            // Signing out on B ends the session itself, not only this browser's cookie: the old cookie, sent again to A, is refused.
            await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Uitloggen", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Je bent uitgelogd.");
            await using var replay = await _instances.NewContextAsync(_instances.First);
            await replay.AddCookiesAsync([new Cookie
            {
                Name = session.Name,
                Value = session.Value,
                Domain = session.Domain,
                Path = session.Path,
                Secure = session.Secure,
                HttpOnly = session.HttpOnly,
                SameSite = session.SameSite,
            }]);
            var replayed = await replay.NewPageAsync();
            await replayed.GotoAsync("/dossiers");
            await Expect(replayed).ToHaveURLAsync(DemoSignIn.SignInPageAddress());
        });
    }

    [PostgreSqlFact]
    public async Task A_signal_recorded_on_one_instance_is_in_the_dossier_at_once_on_the_other_that_had_just_shown_it()
    {
        await using var context = await _instances.NewContextAsync(_instances.First);
        var onFirst = await context.NewPageAsync();
        var onSecond = await context.NewPageAsync();
        await RunAsync([onFirst, onSecond], async () =>
        {
            await DemoSignIn.SignInAsync(onFirst, DemoSignIn.Professional);
            var dossier = await OpenDossierAsync(onFirst);

            // B shows the dossier without a signal first, so whatever it keeps of it is from before the change.
            await onSecond.GotoAsync(TwoInstancesFixture.At(_instances.Second, $"/dossiers/{dossier}"));
            await Expect(StepState(onSecond, 1)).ToHaveTextAsync(new Regex("^Nog niet begonnen"));
            await Expect(Signals(onSecond).GetByRole(AriaRole.Article)).ToHaveCountAsync(0);

            await RecordSignalAsync(onFirst, dossier);

            await onSecond.ReloadAsync();
            await Expect(onSecond).ToHaveURLAsync(TwoInstancesFixture.At(_instances.Second, $"/dossiers/{dossier}"));
            await Expect(Signals(onSecond).GetByRole(AriaRole.Article, new() { Name = "Lichamelijke verwaarlozing" })).ToContainTextAsync(Facts);
            await Expect(StepState(onSecond, 1)).ToHaveTextAsync("Gedaan – 1 signaal");
        });
    }

    [PostgreSqlFact]
    public async Task Votes_cast_through_one_instance_reach_the_projector_connected_to_the_other_without_reloading()
    {
        await using var trainerContext = await _instances.NewContextAsync(_instances.First);
        var control = await trainerContext.NewPageAsync();
        var projector = await trainerContext.NewPageAsync();
        var participantContexts = new List<IBrowserContext>();
        var pages = new List<IPage> { control, projector };
        try
        {
            await RunAsync(pages, async () =>
            {
                // The trainer prepares and starts a session on A.
                await DemoSignIn.SignInAsync(control, Trainer);
                await control.GotoAsync("/training/sessies/nieuw");
                await control.GetByLabel("Naam van de sessie").FillAsync("Twee servers, één sessie");
                await control.GetByRole(AriaRole.Checkbox, new() { Name = Dilemma }).CheckAsync();
                await control.GetByRole(AriaRole.Button, new() { Name = "Sessie klaarzetten" }).ClickAsync();
                await Expect(control).ToHaveURLAsync(ControlAddress());
                var sessionId = ControlAddress().Match(control.Url).Groups["id"].Value;
                await control.GetByRole(AriaRole.Button, new() { Name = "Start de sessie" }).ClickAsync();
                await Expect(Fact(control, "Nu")).ToHaveTextAsync("Stemronde 1 is open");
                var code = (await control.Locator(".control__code").InnerTextAsync()).Replace(" ", string.Empty, StringComparison.Ordinal);

                // The projector is connected to B; a mark on its window shows later that it was never reloaded.
                await projector.GotoAsync(TwoInstancesFixture.At(_instances.Second, $"/training/sessies/{sessionId}/scherm"));
                await Expect(projector.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Dilemma);
                await Expect(projector.Locator(".projector__count")).ToHaveTextAsync("0 van de 0 hebben gestemd");
                await projector.EvaluateAsync("() => { window.notReloaded = true; }");

                // Three participants (the projector shows a result from three votes on, so that nobody can be recognised) join and vote through A.
                var participants = new IPage[3];
                for (var i = 0; i < participants.Length; i++)
                {
                    var context = await _instances.NewContextAsync(_instances.First, viewportWidth: 390);
                    participantContexts.Add(context);
                    participants[i] = await context.NewPageAsync();
                    pages.Add(participants[i]);
                    await participants[i].GotoAsync("/doe-mee");
                    await participants[i].GetByLabel("Code van de sessie").FillAsync(code);
                    await participants[i].GetByRole(AriaRole.Button, new() { Name = "Doe mee" }).ClickAsync();
                    await Expect(participants[i]).ToHaveURLAsync(ParticipantAddress());
                }

                await Expect(projector.Locator(".projector__count")).ToHaveTextAsync("0 van de 3 hebben gestemd");
                await VoteAsync(participants[0], "A");
                await Expect(projector.Locator(".projector__count")).ToHaveTextAsync("1 van de 3 hebben gestemd");
                await VoteAsync(participants[1], "B");
                await VoteAsync(participants[2], "B");
                await Expect(projector.Locator(".projector__count")).ToHaveTextAsync("3 van de 3 hebben gestemd");

                // The trainer closes the round on A; the projector on B shows the result.
                await control.GetByRole(AriaRole.Button, new() { Name = "Sluit stemronde 1 en toon de uitslag", Exact = true }).ClickAsync();
                await Expect(Fact(control, "Nu")).ToHaveTextAsync("Uitslag van stemronde 1");
                await Expect(projector.Locator("table.results caption")).ToHaveTextAsync("Stemronde 1 (3 stemmen)");
                await Expect(projector.Locator("table.results tbody tr td:first-of-type")).ToHaveTextAsync(["1 (33%)", "2 (67%)", "0 (0%)"]);
                Assert.True(await projector.EvaluateAsync<bool>("() => window.notReloaded === true"), "The projector was reloaded; it should have followed the session live.");
            });
        }
        finally
        {
            foreach (var context in participantContexts)
            {
                await context.DisposeAsync();
            }
        }
    }

    /// <summary>Runs the journey; on failure, a screenshot of every page and both instances' output.</summary>
    private async Task RunAsync(List<IPage> pages, Func<Task> journey, [System.Runtime.CompilerServices.CallerMemberName] string testName = "")
    {
        try
        {
            await journey();
        }
        catch
        {
            _output.WriteLine(_instances.Output);
            for (var index = 0; index < pages.Count; index++)
            {
                await MeldcodeAppFixture.SaveFailureScreenshotAsync(pages[index], $"{nameof(TwoInstancesTests)}.{testName}.{index + 1}");
            }

            throw;
        }
    }

    private static async Task<Guid> OpenDossierAsync(IPage page)
    {
        await page.GotoAsync("/dossiers/nieuw");
        var child = page.GetByRole(AriaRole.Group, new() { Name = "Het kind" });
        await child.GetByLabel("Voornaam").FillAsync("Noor");
        await child.GetByLabel("Achternaam").FillAsync("Bakker");
        await child.GetByLabel("Geboortedatum").FillAsync("2017-03-14");
        await page.GetByRole(AriaRole.Button, new() { Name = "Dossier openen", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(DossierAddress());
        return Guid.Parse(DossierAddress().Match(page.Url).Groups["id"].Value);
    }

    private static async Task RecordSignalAsync(IPage page, Guid dossier)
    {
        await page.GotoAsync($"/dossiers/{dossier}/signaal");
        var when = page.GetByRole(AriaRole.Group, new() { Name = "Wanneer en waar" });
        var observedOn = DutchTime.Today(DateTimeOffset.UtcNow).AddDays(-1);
        await when.GetByLabel("Datum", new() { Exact = true }).FillAsync(observedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await when.GetByLabel("Wie zag of hoorde het?").FillAsync(DemoSignIn.Professional);
        await page.GetByRole(AriaRole.Group, new() { Name = "Hoe weet je dit?" }).GetByRole(AriaRole.Radio, new() { Name = "Eigen waarneming", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Waar gaat het signaal over?" }).GetByRole(AriaRole.Radio, new() { Name = "Lichamelijke verwaarlozing", Exact = true }).CheckAsync();
        await page.GetByLabel("De feiten: wat zag of hoorde je?").FillAsync(Facts);
        await page.GetByRole(AriaRole.Button, new() { Name = "Signaal opslaan", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(DossierAddress());
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Het signaal is vastgelegd." })).ToBeVisibleAsync();
    }

    private static ILocator Signals(IPage page) => page.GetByRole(AriaRole.Region, new() { Name = "Stap 1: signalen" });

    private static ILocator StepState(IPage page, int step) =>
        page.GetByRole(AriaRole.List, new() { Name = "De vijf stappen van de meldcode" })
            .GetByRole(AriaRole.Listitem)
            .Filter(new() { HasText = $"Stap {step.ToString(CultureInfo.InvariantCulture)}:" })
            .Locator(".step-rail__state");

    /// <summary>The value of a fact in the control page's list (Code, Deelnemers, Nu, Gestemd).</summary>
    private static ILocator Fact(IPage control, string term) => control.Locator($".control__facts dt:text-is('{term}') + dd");

    private static async Task VoteAsync(IPage participant, string answer)
    {
        var form = participant.Locator("#live form.live-vote");
        await form.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex($@"^{answer}\.") }).CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Stem", Exact = true }).ClickAsync();
        await Expect(participant.Locator("#live p[role=status]")).ToHaveTextAsync($"Je koos {answer}. Je kunt je stem veranderen tot de trainer de ronde sluit.");
    }
}
