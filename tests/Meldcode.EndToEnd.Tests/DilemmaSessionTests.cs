using System.Text;
using System.Text.RegularExpressions;
using Meldcode.EndToEnd.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Meldcode.EndToEnd.Tests;

/// <summary>
/// A live dilemma session from start to summary, in six browsers at once: the trainer's control page and the
/// projector (one signed-in browser, two pages), three anonymous participants who follow the session live (Server-Sent
/// Events and live.js), and a fourth participant without JavaScript who joins and votes with plain form posts. axe
/// checks the participant's page, the control page and the projector at their own width and at 320 px. Each run leaves
/// a screenshot of the participant's page (320 px), the control page (360 px) and the projector (1280 px) in
/// test-artifacts/.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class DilemmaSessionTests
{
    /// <summary>Nguyễn Thị Lan, trainer at De Linde (see DevelopmentSeeder).</summary>
    private const string Trainer = "Nguyễn Thị Lan";

    private const string SessionTitle = "Teamoverleg groep 5 tot en met 8";

    /// <summary>One decision point (answers A, B, C; B fits the meldcode). The library lists it before the second.</summary>
    private const string FirstDilemma = "Het gaat al veel beter";

    /// <summary>Two decision points; the session ends after the first.</summary>
    private const string SecondDilemma = "Zeg het tegen niemand";

    private const string Reflection = "Ik denk aan juf Anke";

    private readonly MeldcodeAppFixture _app;
    private readonly ITestOutputHelper _output;

    public DilemmaSessionTests(MeldcodeAppFixture app, ITestOutputHelper output)
    {
        _app = app;
        _output = output;
    }

    [GeneratedRegex(@"/training/sessies/(?<id>[0-9a-f-]{36})/bediening$")]
    private static partial Regex ControlAddress();

    [GeneratedRegex(@"/doe-mee/[0-9a-f-]{36}(\?.*)?$")]
    private static partial Regex ParticipantAddress();

    [GeneratedRegex(@"/training/sessies/[0-9a-f-]{36}/samenvatting$")]
    private static partial Regex SummaryAddress();

    [GeneratedRegex(@"^\d{1,2}:\d\d$")]
    private static partial Regex TimerText();

    [Fact]
    public async Task A_trainer_runs_a_live_session_that_participants_join_anonymously_and_follow_without_reloading()
    {
        var audit = new AxeAudit(_output);
        await using var trainerContext = await _app.NewContextAsync(viewportWidth: 1280);
        var control = await trainerContext.NewPageAsync();
        var pages = new List<(string Name, IPage Page)> { ("control", control) };
        var contexts = new List<IBrowserContext>();
        var refused = new System.Collections.Concurrent.ConcurrentQueue<string>();
        trainerContext.Response += (_, response) => NoteRefused(refused, response);
        try
        {
            // The trainer builds a session of two dilemmas and starts it.
            await DemoSignIn.SignInAsync(control, Trainer);
            await control.GotoAsync("/training/sessies/nieuw");
            await control.GetByLabel("Naam van de sessie").FillAsync(SessionTitle);
            await control.GetByRole(AriaRole.Checkbox, new() { Name = FirstDilemma }).CheckAsync();
            await control.GetByRole(AriaRole.Checkbox, new() { Name = SecondDilemma }).CheckAsync();
            await control.GetByRole(AriaRole.Button, new() { Name = "Sessie klaarzetten" }).ClickAsync();
            await Expect(control).ToHaveURLAsync(ControlAddress());
            var sessionId = ControlAddress().Match(control.Url).Groups["id"].Value;
            await Expect(control.Locator("ol.session-dilemmas > li")).ToHaveTextAsync([FirstDilemma, SecondDilemma]);

            await control.GetByRole(AriaRole.Button, new() { Name = "Start de sessie" }).ClickAsync();
            await Expect(Fact(control, "Nu")).ToHaveTextAsync("Stemronde 1 is open");
            var code = (await control.Locator(".control__code").InnerTextAsync()).Replace(" ", string.Empty, StringComparison.Ordinal);
            Assert.Matches("^[0-9]{6}$", code);

            // The projector, in a second page of the trainer's browser. A mark on its window shows later that it was never reloaded.
            var projector = await trainerContext.NewPageAsync();
            pages.Add(("projector", projector));
            await projector.GotoAsync($"/training/sessies/{sessionId}/scherm");
            await Expect(projector.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(FirstDilemma);
            await Expect(projector.Locator(".projector__code")).ToHaveTextAsync($"{code[..3]} {code[3..]}");
            await Expect(projector.Locator(".projector__count")).ToHaveTextAsync("0 van de 0 hebben gestemd");
            await projector.EvaluateAsync("() => { window.notReloaded = true; }");

            // Three participants, each in their own anonymous browser: two type the code, one comes through the short link.
            var participants = new IPage[3];
            for (var i = 0; i < participants.Length; i++)
            {
                var context = await _app.NewContextAsync(viewportWidth: i == 0 ? 320 : 390);
                context.Response += (_, response) => NoteRefused(refused, response);
                contexts.Add(context);
                participants[i] = await context.NewPageAsync();
                pages.Add(($"participant{i + 1}", participants[i]));
                if (i == 2)
                {
                    await participants[i].GotoAsync($"/d/{code}");
                    await Expect(participants[i].GetByLabel("Code van de sessie")).ToHaveValueAsync(code);
                }
                else
                {
                    await participants[i].GotoAsync("/doe-mee");
                    await participants[i].GetByLabel("Code van de sessie").FillAsync(code);
                }

                await participants[i].GetByRole(AriaRole.Button, new() { Name = "Doe mee" }).ClickAsync();
                await Expect(participants[i]).ToHaveURLAsync(ParticipantAddress());
                await Expect(participants[i].GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(FirstDilemma);
            }

            await Expect(Fact(control, "Deelnemers")).ToHaveTextAsync("3");

            // Round 1: everyone votes; the projector counts along without being reloaded. Then one changes their vote.
            await VoteAsync(participants[0], "A", round: 1);
            await Expect(projector.Locator(".projector__count")).ToHaveTextAsync("1 van de 3 hebben gestemd");
            await VoteAsync(participants[1], "B", round: 1);
            await VoteAsync(participants[2], "C", round: 1);
            await Expect(projector.Locator(".projector__count")).ToHaveTextAsync("3 van de 3 hebben gestemd");
            await Expect(Fact(control, "Gestemd")).ToHaveTextAsync("3 van 3");
            await VoteAsync(participants[0], "B", round: 1, changing: true);
            await Expect(participants[0].GetByRole(AriaRole.Status).Filter(new() { HasText = "Je stem is ontvangen" })).ToBeVisibleAsync();

            await audit.CheckAsync(participants[0], "participant: stemronde 1, 320 px");
            await AtWidthAsync(participants[0], 1280, () => audit.CheckAsync(participants[0], "participant: stemronde 1, 1280 px"));
            await participants[0].ScreenshotAsync(new() { Path = Artifact("dilemma-session-participant-320px.png"), FullPage = true });
            await AssertFitsAsync(participants[0], 320);
            await audit.CheckAsync(control, "control: stemronde 1, 1280 px");

            // The trainer closes round 1: the participants' pages follow by themselves, the projector shows the result.
            await NextAsync(control, "Sluit stemronde 1 en toon de uitslag", "Uitslag van stemronde 1");
            foreach (var participant in participants)
            {
                await Expect(participant.Locator("#live .live-status")).ToHaveTextAsync("Stemronde 1 is gesloten. Kijk naar het scherm voor de uitslag.");
            }

            await Expect(projector.Locator("table.results caption")).ToHaveTextAsync("Stemronde 1 (3 stemmen)");
            await Expect(projector.Locator("table.results tbody tr td:first-of-type")).ToHaveTextAsync(["0 (0%)", "2 (67%)", "1 (33%)"]);
            await audit.CheckAsync(projector, "projector: uitslag stemronde 1, 1280 px");
            await AtWidthAsync(projector, 320, () => audit.CheckAsync(projector, "projector: uitslag stemronde 1, 320 px"));

            // The discussion, with a timer on the projector; then round 2, in which one participant changes their answer.
            await NextAsync(control, "Start het gesprek", "Gesprek");
            await Expect(projector.Locator(".timer__time")).ToHaveTextAsync(TimerText());
            await Expect(projector.Locator(".timer")).ToBeVisibleAsync();
            await Expect(participants[1].Locator("#live .live-status")).ToContainTextAsync("Praat met elkaar over de vraag.");

            await NextAsync(control, "Open stemronde 2", "Stemronde 2 is open");
            await Expect(projector.Locator(".projector__count")).ToHaveTextAsync("0 van de 3 hebben gestemd");
            await VoteAsync(participants[0], "B", round: 2);
            await VoteAsync(participants[1], "B", round: 2);
            await VoteAsync(participants[2], "B", round: 2);
            await Expect(projector.Locator(".projector__count")).ToHaveTextAsync("3 van de 3 hebben gestemd");

            await NextAsync(control, "Sluit stemronde 2 en toon de verschuiving", "Uitslag van stemronde 2 en de verschuiving");
            await Expect(projector.Locator("table.results caption")).ToHaveTextAsync("Stemronde 2 (3 stemmen)");
            await Expect(projector.Locator(".shift__summary")).ToHaveTextAsync("1 van de 3 mensen kozen na het gesprek iets anders. 2 bleven bij hun antwoord.");
            await Expect(projector.Locator(".shift__moves li")).ToHaveTextAsync(["1 van C naar B"]);
            await Expect(participants[2].Locator("#live .live-status")).ToContainTextAsync("Stemronde 2 is gesloten.");

            // What the meldcode says, on the projector and on the phones.
            await NextAsync(control, "Toon wat de meldcode zegt", "Wat de meldcode zegt");
            await Expect(projector.Locator(".projector__view h2")).ToHaveTextAsync("Wat de meldcode zegt");
            await Expect(projector.Locator(".projector__answer--fits")).ToContainTextAsync("Nadia meldt bij Veilig Thuis");
            await Expect(participants[0].Locator("#live .live-status")).ToContainTextAsync("Wat de meldcode zegt:");

            // A reflection with a name is held back: the control page marks it, the projector does not show it until approved.
            await participants[1].GetByLabel("Je reactie (niet verplicht)").FillAsync(Reflection);
            await participants[1].GetByRole(AriaRole.Button, new() { Name = "Reactie versturen" }).ClickAsync();
            await Expect(participants[1].Locator(".notice[role=status]")).ToHaveTextAsync("Je reactie is verstuurd. De trainer leest hem eerst; pas daarna is hij op het scherm te zien.");
            var held = control.Locator("li.reflection").Filter(new() { HasText = Reflection });
            await Expect(held).ToHaveClassAsync(new Regex(@"\breflection--held\b"));
            await Expect(held.Locator(".warning")).ToHaveTextAsync(new Regex("^Tegengehouden: dit lijkt een naam te bevatten"));
            await Expect(control.GetByRole(AriaRole.Heading, new() { Name = "Reacties om te beoordelen (1)" })).ToBeVisibleAsync();
            await Expect(projector.GetByText(Reflection)).ToHaveCountAsync(0);

            await control.SetViewportSizeAsync(360, 800);
            await control.ScreenshotAsync(new() { Path = Artifact("dilemma-session-control-360px.png"), FullPage = true });
            await AssertFitsAsync(control, 360);
            await control.SetViewportSizeAsync(1280, 800);
            await audit.CheckAsync(control, "control: wat de meldcode zegt, reactie tegengehouden, 1280 px");
            await AtWidthAsync(control, 320, () => audit.CheckAsync(control, "control: wat de meldcode zegt, reactie tegengehouden, 320 px"));

            await held.GetByRole(AriaRole.Button, new() { Name = "Toon op het scherm" }).ClickAsync();
            await Expect(projector.Locator(".projector__reflections li")).ToHaveTextAsync([$"“{Reflection}”"]);
            await Expect(control.GetByRole(AriaRole.Heading, new() { Name = "Reacties om te beoordelen (0)" })).ToBeVisibleAsync();
            await projector.ScreenshotAsync(new() { Path = Artifact("dilemma-session-projector-1280px.png"), FullPage = true });
            await audit.CheckAsync(projector, "projector: wat de meldcode zegt, met een reactie, 1280 px");

            // The next dilemma. A fourth participant, without JavaScript, joins now and votes with plain form posts.
            await NextAsync(control, "Naar het volgende dilemma", "Stemronde 1 is open");
            await Expect(projector.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(SecondDilemma);
            foreach (var participant in participants)
            {
                await Expect(participant.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(SecondDilemma);
            }

            var withoutScriptContext = await _app.NewContextAsync(viewportWidth: 320, javaScriptEnabled: false);
            withoutScriptContext.Response += (_, response) => NoteRefused(refused, response);
            contexts.Add(withoutScriptContext);
            var withoutScript = await withoutScriptContext.NewPageAsync();
            pages.Add(("participant-without-javascript", withoutScript));
            await withoutScript.GotoAsync("/doe-mee");
            await withoutScript.GetByLabel("Code van de sessie").FillAsync(code);
            await withoutScript.GetByRole(AriaRole.Button, new() { Name = "Doe mee" }).ClickAsync();
            await Expect(withoutScript).ToHaveURLAsync(ParticipantAddress());
            await Expect(withoutScript.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(SecondDilemma);
            await withoutScript.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex(@"^B\.") }).CheckAsync();
            await withoutScript.GetByRole(AriaRole.Button, new() { Name = "Stem", Exact = true }).ClickAsync();
            await Expect(withoutScript).ToHaveURLAsync(new Regex(@"\?ok=stem$"));
            await Expect(withoutScript.Locator(".notice[role=status]")).ToHaveTextAsync("Je stem is ontvangen. Je kunt hem veranderen tot de trainer de ronde sluit.");
            await Expect(withoutScript.Locator("#live p[role=status]")).ToHaveTextAsync(new Regex(@"^Je koos B\."));

            // The others vote too; this decision point is run through quickly, and the session ends.
            await VoteAsync(participants[0], "A", round: 1);
            await VoteAsync(participants[1], "B", round: 1);
            await Expect(projector.Locator(".projector__count")).ToHaveTextAsync("3 van de 4 hebben gestemd");
            await NextAsync(control, "Sluit stemronde 1 en toon de uitslag", "Uitslag van stemronde 1");
            await Expect(projector.Locator("table.results caption")).ToHaveTextAsync("Stemronde 1 (3 stemmen)");
            await withoutScript.ReloadAsync();
            await Expect(withoutScript.Locator("#live .live-status")).ToHaveTextAsync("Stemronde 1 is gesloten. Kijk naar het scherm voor de uitslag.");
            await control.GetByLabel("Minuten voor het gesprek").FillAsync("1");
            await NextAsync(control, "Start het gesprek", "Gesprek");
            await Expect(projector.Locator(".timer__time")).ToHaveTextAsync(TimerText());
            await NextAsync(control, "Open stemronde 2", "Stemronde 2 is open");
            await VoteAsync(participants[2], "B", round: 2);
            await NextAsync(control, "Sluit stemronde 2 en toon de verschuiving", "Uitslag van stemronde 2 en de verschuiving");
            await Expect(projector.GetByText(new Regex("^Nog geen verschuiving te tonen"))).ToBeVisibleAsync();
            await NextAsync(control, "Toon wat de meldcode zegt", "Wat de meldcode zegt");
            await Expect(projector.Locator(".projector__view h2")).ToHaveTextAsync("Wat de meldcode zegt");

            Assert.True(await projector.EvaluateAsync<bool>("() => window.notReloaded === true"), "The projector was reloaded; it should have followed the session live.");

            Assert.True(refused.IsEmpty, "The app refused requests: " + string.Join(", ", refused));

            // Ending: the control page goes on to the summary, the projector says goodbye, and the participants' tokens
            // stop working, so their pages send them back to the join screen.
            await control.GetByRole(AriaRole.Button, new() { Name = "Sessie afsluiten" }).ClickAsync();
            await Expect(control).ToHaveURLAsync(SummaryAddress());
            await Expect(projector.Locator(".projector__wait")).ToHaveTextAsync("De sessie is afgelopen. Bedankt voor het meedoen!");
            await Expect(participants[0]).ToHaveURLAsync(new Regex(@"/doe-mee\?opnieuw=1$"));
            await Expect(participants[0].GetByRole(AriaRole.Status)).ToHaveTextAsync("Deze sessie is afgelopen, of deze browser doet nog niet mee. Vul de code in om mee te doen.");

            // The summary, with the CSV download and the PDF.
            await Expect(control.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Samenvatting: {SessionTitle}");
            await Expect(control.Locator("p.lead")).ToContainTextAsync("4 deelnemers deden anoniem mee.");
            var download = await control.RunAndWaitForDownloadAsync(() =>
                control.GetByRole(AriaRole.Link, new() { Name = "Download als csv (spreadsheet)" }).ClickAsync());
            Assert.Matches(@"^dilemmasessie-\d{4}-\d{2}-\d{2}\.csv$", download.SuggestedFilename);
            var csv = await File.ReadAllTextAsync(await download.PathAsync(), Encoding.UTF8);
            var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.StartsWith("Dilemma;Titel;Versie;Beslismoment;Vraag;Antwoord;", lines[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
            var fitting = Assert.Single(lines, line => line.StartsWith($"1;{FirstDilemma};", StringComparison.Ordinal) && line.Contains(";B;", StringComparison.Ordinal));
            Assert.Contains(";ja;", fitting, StringComparison.Ordinal);
            Assert.EndsWith(Reflection, fitting, StringComparison.Ordinal);
            Assert.Contains(lines, line => line.StartsWith($"2;{SecondDilemma};", StringComparison.Ordinal));

            var pdfLink = await control.GetByRole(AriaRole.Link, new() { Name = "Download als pdf" }).GetAttributeAsync("href");
            var pdf = await control.APIRequest.GetAsync(pdfLink!);
            Assert.Equal(200, pdf.Status);
            Assert.Equal("application/pdf", pdf.Headers["content-type"]);
            Assert.StartsWith("%PDF-", Encoding.ASCII.GetString((await pdf.BodyAsync())[..5]), StringComparison.Ordinal);

            audit.AssertNoViolations();
        }
        catch
        {
            _output.WriteLine("Requests the app refused: " + string.Join(", ", refused));
            foreach (var (name, page) in pages)
            {
                await MeldcodeAppFixture.SaveFailureScreenshotAsync(page, $"{nameof(DilemmaSessionTests)}.{name}");
            }

            throw;
        }
        finally
        {
            foreach (var context in contexts)
            {
                await context.DisposeAsync();
            }
        }
    }

    /// <summary>Notes a request the app answered with an error (a 400 from a form without its antiforgery token, say).</summary>
    private static void NoteRefused(System.Collections.Concurrent.ConcurrentQueue<string> refused, IResponse response)
    {
        if (response.Status >= 400)
        {
            refused.Enqueue($"{response.Request.Method} {response.Url} {response.Status}");
        }
    }

    /// <summary>The value of a fact in the control page's list (Code, Deelnemers, Nu, Gestemd).</summary>
    private static ILocator Fact(IPage control, string term) => control.Locator($".control__facts dt:text-is('{term}') + dd");

    /// <summary>Chooses an answer and votes (with JavaScript: without leaving the page); the page then says what was chosen.</summary>
    private static async Task VoteAsync(IPage participant, string answer, int round, bool changing = false)
    {
        var form = participant.Locator("#live form.live-vote");
        await Expect(form.Locator("legend")).ToContainTextAsync($"(stemronde {round})");
        await form.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex($@"^{answer}\.") }).CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = changing ? "Verander mijn stem" : "Stem", Exact = true }).ClickAsync();
        await Expect(participant.Locator("#live p[role=status]")).ToHaveTextAsync($"Je koos {answer}. Je kunt je stem veranderen tot de trainer de ronde sluit.");
    }

    /// <summary>The control page's one button to move on; then the control page says where the session is now.</summary>
    private static async Task NextAsync(IPage control, string button, string nowShown)
    {
        await control.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await Expect(Fact(control, "Nu")).ToHaveTextAsync(nowShown);
    }

    private static async Task AtWidthAsync(IPage page, int width, Func<Task> action)
    {
        var size = page.ViewportSize!;
        await page.SetViewportSizeAsync(width, size.Height);
        try
        {
            await action();
        }
        finally
        {
            await page.SetViewportSizeAsync(size.Width, size.Height);
        }
    }

    /// <summary>WCAG 1.4.10 (reflow): no scrolling sideways.</summary>
    private static async Task AssertFitsAsync(IPage page, int width)
    {
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"{page.Url} is {scrollWidth}px wide on a {width}px wide screen.");
    }

    private static string Artifact(string name) => Path.Combine(RepositoryPaths.Artifacts, name);
}
