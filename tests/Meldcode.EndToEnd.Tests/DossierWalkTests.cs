using System.Globalization;
using System.Text.RegularExpressions;
using Meldcode.Domain.Common;
using Meldcode.EndToEnd.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Meldcode.EndToEnd.Tests;

/// <summary>
/// The whole meldcode in two browsers: a professional walks a dossier from the first signal to a
/// report to Veilig Thuis, while the aandachtsfunctionaris of her team answers her request for
/// advice and co-signs her decision to report (four eyes) in a browser context of his own (his own
/// cookies, so his own session). Every page either
/// of them sees is checked with axe; the forms are filled in by their labels and roles only, so the
/// walk fails when a field or button cannot be found by what a screen reader would announce.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DossierWalkTests
{
    private const string ChildFirstName = "Noor";
    private const string ChildLastName = "van Dijk";
    private const string ChildDateOfBirth = "2017-03-14";

    private const string Facts = "Noor had bij binnenkomst een blauwe plek van ongeveer 4 cm op haar linker bovenarm. Toen ik ernaar keek, trok ze haar mouw omlaag.";
    private const string ChildsOwnWords = "Papa werd boos en kneep heel hard.";
    private const string Interpretation = "Ik denk dat de plek komt door hard vastpakken. Ze leek bang om erover te praten.";
    private const string Question = "Vind jij dit zorgelijk genoeg om met de ouders te praten, of moet ik al aan een melding denken?";
    private const string Advice = "Ga deze week met beide ouders in gesprek en vertel wat je zag en wat Noor zei. Schrijf hun reactie letterlijk op en weeg daarna.";
    private const string AdviceAgreements = "Sanne plant het gesprek; Mehmet is erbij als zij dat wil.";
    private const string ConcernsNamed = "Ik heb verteld over de blauwe plek op Noors arm en wat Noor daarover zei.";
    private const string ClientReaction = "Vader zei: 'Dat gaat jullie niks aan.' Moeder zei dat het vaker gebeurt als vader gestrest is.";
    private const string ConversationAgreements = "Geen: de ouders wilden geen vervolgafspraak.";
    private const string SuspicionRationale = "Blauwe plek, de eigen woorden van Noor, het advies van de aandachtsfunctionaris en wat moeder in het gesprek vertelde.";
    private const string SafetyRationale = "Geen direct gevaar vandaag, maar volgens moeder gebeurt het vaker: de onveiligheid komt steeds terug.";
    private const string DecisionGrounds = "Er is structurele onveiligheid; Veilig Thuis moet de veiligheid beoordelen.";
    private const string KeepHelpingAdvice = "Het afwegingskader raadt aan om naast de melding te blijven helpen waar je kunt.";
    private const string CoSignComment = "Eens: de onveiligheid komt steeds terug, melden is nodig.";
    private const string Region = "Utrecht";
    private const string ContactPerson = "Mevrouw De Boer";
    private const string Reference = "VT-2026-0815";
    private const string WhatWasReported = "De blauwe plek, de woorden van Noor, het gesprek met de ouders en het advies van de aandachtsfunctionaris.";

    private const string RecommendedOutcome = "Melden bij Veilig Thuis, en blijven helpen waar je kunt";
    private const string ChosenOutcome = "Melden bij Veilig Thuis";

    private static readonly DateOnly Today = DutchTime.Today(DateTimeOffset.UtcNow);

    /// <summary>Dates in the past, so the walk does not depend on the hour it runs at (the app refuses dates in the future).</summary>
    private static readonly DateOnly ObservedOn = Today.AddDays(-3);

    private static readonly DateOnly ConversationOn = Today.AddDays(-1);

    private static readonly DateOnly ReportedOn = Today.AddDays(-1);

    private readonly MeldcodeAppFixture _app;
    private readonly ITestOutputHelper _output;

    public DossierWalkTests(MeldcodeAppFixture app, ITestOutputHelper output)
    {
        _app = app;
        _output = output;
    }

    [Fact]
    public async Task A_professional_walks_a_dossier_to_a_report_while_the_aandachtsfunctionaris_answers_the_consultation_and_co_signs_the_decision_in_a_second_browser_context()
    {
        const string testName = nameof(A_professional_walks_a_dossier_to_a_report_while_the_aandachtsfunctionaris_answers_the_consultation_and_co_signs_the_decision_in_a_second_browser_context);
        var audit = new AxeAudit(_output);
        await using var professionalContext = await _app.NewContextAsync();
        await using var leadContext = await _app.NewContextAsync();
        await professionalContext.Tracing.StartAsync(new() { Title = $"{testName} (professional)", Screenshots = true, Snapshots = true });
        await leadContext.Tracing.StartAsync(new() { Title = $"{testName} (aandachtsfunctionaris)", Screenshots = true, Snapshots = true });
        var sanne = await professionalContext.NewPageAsync();
        var mehmet = await leadContext.NewPageAsync();

        try
        {
            await WalkAsync(sanne, mehmet, audit);
        }
        catch
        {
            _output.WriteLine(audit.Report());
            _output.WriteLine($"Screenshots and Playwright traces of both browsers: {RepositoryPaths.Artifacts}");
            await MeldcodeAppFixture.SaveFailureScreenshotAsync(sanne, $"{testName}.professional");
            await MeldcodeAppFixture.SaveFailureScreenshotAsync(mehmet, $"{testName}.aandachtsfunctionaris");
            await SaveTraceAsync(professionalContext, $"{testName}.professional");
            await SaveTraceAsync(leadContext, $"{testName}.aandachtsfunctionaris");
            throw;
        }

        await professionalContext.Tracing.StopAsync();
        await leadContext.Tracing.StopAsync();

        audit.AssertNoViolations();
    }

    private async Task WalkAsync(IPage sanne, IPage mehmet, AxeAudit audit)
    {
        // ---- Context 1: Sanne opens a dossier and records a signal --------------------------------
        await DemoSignIn.SignInAsync(sanne, DemoSignIn.Professional, page => audit.CheckAsync(page, "professional: sign-in page"));
        await audit.CheckAsync(sanne, "professional: start page");
        var dossier = await OpenDossierAsync(sanne, audit);
        await RecordSignalAsync(sanne, dossier, audit);
        await AskForAdviceAsync(sanne, dossier, audit);

        // ---- Context 2: Mehmet, signed in in a browser of his own, answers -------------------------
        Assert.DoesNotContain(await mehmet.Context.CookiesAsync(), cookie => cookie.Name == DemoSignIn.SessionCookieName);
        await DemoSignIn.SignInAsync(mehmet, DemoSignIn.SafeguardingLead, page => audit.CheckAsync(page, "aandachtsfunctionaris: sign-in page"));
        await audit.CheckAsync(mehmet, "aandachtsfunctionaris: start page");
        Assert.NotEqual(await SessionCookieAsync(sanne), await SessionCookieAsync(mehmet));
        await AnswerTheRequestAsync(mehmet, dossier, audit);

        // ---- Back in context 1: the advice is in the dossier; talk, weigh, decide, report ----------
        await SeeTheAdviceAfterReloadingAsync(sanne, dossier, audit);
        await RecordConversationAsync(sanne, dossier, audit);
        await WeighAsync(sanne, dossier, audit);
        await DecideToReportAsync(sanne, dossier, audit);
        await SeeTheReportWaitForFourEyesAsync(sanne, dossier, audit);

        // ---- Context 2: four eyes: Mehmet co-signs the decision to report ------------------------
        await CoSignTheDecisionAsync(mehmet, dossier, audit);

        // ---- Back in context 1: the report can be recorded ------------------------------------------
        await sanne.ReloadAsync();
        await RecordReportAsync(sanne, dossier, audit);
        await AssertTheDossierIsReportedAsync(sanne, dossier, audit);
        await ReadTheDraftAndDownloadTheRecordAsync(sanne, dossier, audit);
    }

    private async Task<OpenedDossier> OpenDossierAsync(IPage page, AxeAudit audit)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Mijn dossiers", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(Address("/dossiers"));
        await ExpectHeadingAsync(page, "Mijn dossiers");
        await audit.CheckAsync(page, "professional: list of dossiers");

        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuw dossier", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(Address("/dossiers/nieuw"));
        await ExpectHeadingAsync(page, "Nieuw dossier");
        await audit.CheckAsync(page, "professional: new dossier");

        var child = page.GetByRole(AriaRole.Group, new() { Name = "Het kind" });
        await child.GetByLabel("Voornaam").FillAsync(ChildFirstName);
        await child.GetByLabel("Achternaam").FillAsync(ChildLastName);
        await child.GetByLabel("Geboortedatum").FillAsync(ChildDateOfBirth);
        await child.GetByLabel("Groep of klas").FillAsync("Groep 4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Dossier openen", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(DossierAddress());
        var id = Guid.Parse(DossierAddress().Match(page.Url).Groups["id"].Value);
        await ExpectConfirmationAsync(page, "Het dossier is geopend.");
        var heading = await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync() ?? string.Empty;
        var number = Regex.Match(heading, @"^Dossier (?<number>\d{4}-\d{4})$").Groups["number"].Value;
        Assert.False(string.IsNullOrEmpty(number), $"No dossier number in the overview's heading '{heading}'.");
        await Expect(page.Locator(".dossier-header__child")).ToContainTextAsync($"{ChildFirstName} {ChildLastName} (geboren 14-03-2017, Groep 4)");
        await Expect(StatusBadge(page)).ToHaveTextAsync("Open");
        await audit.CheckAsync(page, "professional: overview of the new dossier");
        return new OpenedDossier(id, number);
    }

    private async Task RecordSignalAsync(IPage page, OpenedDossier dossier, AxeAudit audit)
    {
        await page.GetByRole(AriaRole.Region, new() { Name = "Vastleggen", Exact = true }).GetByRole(AriaRole.Link, new() { Name = "Signaal vastleggen", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(Address($"/dossiers/{dossier.Id}/signaal"));
        await ExpectHeadingAsync(page, "Signaal vastleggen");
        await audit.CheckAsync(page, "professional: signal form");

        var when = page.GetByRole(AriaRole.Group, new() { Name = "Wanneer en waar" });
        await when.GetByLabel("Datum", new() { Exact = true }).FillAsync(IsoDate(ObservedOn));
        await when.GetByLabel("Plaats").FillAsync("in de klas");
        await when.GetByLabel("Wie zag of hoorde het?").FillAsync(DemoSignIn.Professional);
        await page.GetByRole(AriaRole.Group, new() { Name = "Hoe weet je dit?" }).GetByRole(AriaRole.Radio, new() { Name = "Eigen waarneming", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Waar gaat het signaal over?" }).GetByRole(AriaRole.Radio, new() { Name = "Lichamelijke mishandeling", Exact = true }).CheckAsync();
        await page.GetByLabel("De feiten: wat zag of hoorde je?").FillAsync(Facts);
        await page.GetByLabel("De eigen woorden van het kind").FillAsync(ChildsOwnWords);
        await page.GetByLabel("Jouw interpretatie").FillAsync(Interpretation);
        await page.GetByRole(AriaRole.Button, new() { Name = "Signaal opslaan", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(DossierAddress(dossier.Id));
        await ExpectConfirmationAsync(page, "Het signaal is vastgelegd.");
        var signals = page.GetByRole(AriaRole.Region, new() { Name = "Stap 1: signalen" });
        await Expect(signals.GetByRole(AriaRole.Article, new() { Name = "Lichamelijke mishandeling" })).ToContainTextAsync(Facts);
        await Expect(StepState(page, 1)).ToHaveTextAsync("Gedaan – 1 signaal");
        await audit.CheckAsync(page, "professional: overview with the signal");
    }

    private async Task AskForAdviceAsync(IPage page, OpenedDossier dossier, AxeAudit audit)
    {
        await FollowNextStepAsync(page, "Overleg met een collega of de aandachtsfunctionaris (stap 2).", $"/dossiers/{dossier.Id}/advies-vragen");
        await ExpectHeadingAsync(page, "Een collega om advies vragen");
        await audit.CheckAsync(page, "professional: request-advice form");

        await page.GetByRole(AriaRole.Group, new() { Name = "Wie wil je om advies vragen?" })
            .GetByRole(AriaRole.Radio, new() { Name = $"{DemoSignIn.SafeguardingLead} (aandachtsfunctionaris van dit team)", Exact = true })
            .CheckAsync();
        await page.GetByLabel("Je vraag").FillAsync(Question);
        await page.GetByRole(AriaRole.Button, new() { Name = "Adviesvraag versturen", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(DossierAddress(dossier.Id));
        await ExpectConfirmationAsync(page, "Je adviesvraag is verstuurd.");
        await Expect(StepState(page, 2)).ToHaveTextAsync("Bezig – Adviesvraag staat open");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Stap 2: consultatie" }))
            .ToContainTextAsync($"Adviesvraag aan {DemoSignIn.SafeguardingLead}");
        await audit.CheckAsync(page, "professional: overview with the open request");
    }

    private async Task AnswerTheRequestAsync(IPage page, OpenedDossier dossier, AxeAudit audit)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Adviesvragen", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(Address("/adviesvragen"));
        await ExpectHeadingAsync(page, "Adviesvragen");

        var request = page.GetByRole(AriaRole.Table, new() { Name = "Open adviesvragen aan jou" }).GetByRole(AriaRole.Row).Filter(new() { HasText = dossier.Number });
        await Expect(request).ToHaveCountAsync(1);
        await Expect(request.GetByRole(AriaRole.Cell).Nth(1)).ToHaveTextAsync(DemoSignIn.Professional);
        await Expect(request.GetByRole(AriaRole.Cell).Nth(2)).ToHaveTextAsync(Question);
        await audit.CheckAsync(page, "aandachtsfunctionaris: inbox with the request");

        await request.GetByRole(AriaRole.Link, new() { Name = $"Advies geven bij dossier {dossier.Number}", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"^{Regex.Escape(BaseAddress)}/adviesvragen/{dossier.Id}/[0-9a-f-]{{36}}$"));
        await ExpectHeadingAsync(page, "Advies geven");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "De vraag" })).ToContainTextAsync(Question);

        // The dossier is there to read: the signal in full, the open request...
        var signals = page.GetByRole(AriaRole.Region, new() { Name = "Stap 1: signalen" });
        await Expect(signals.GetByRole(AriaRole.Article, new() { Name = "Lichamelijke mishandeling" })).ToContainTextAsync(Facts);
        await Expect(signals).ToContainTextAsync(ChildsOwnWords);
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Stap 2: consultatie" })).ToContainTextAsync("staat open");

        // ...but only to read: the advice form is the only thing on the page that changes anything.
        var main = page.GetByRole(AriaRole.Main);
        await Expect(main.GetByRole(AriaRole.Textbox)).ToHaveCountAsync(2);
        await Expect(main.GetByRole(AriaRole.Radio)).ToHaveCountAsync(0);
        await Expect(main.GetByRole(AriaRole.Button)).ToHaveCountAsync(1);
        await Expect(main.GetByRole(AriaRole.Link, new() { Name = "Signaal vastleggen" })).ToHaveCountAsync(0);
        await Expect(main.GetByRole(AriaRole.Link, new() { Name = "Corrigeren" })).ToHaveCountAsync(0);
        await audit.CheckAsync(page, "aandachtsfunctionaris: answer page (dossier read-only)");

        var form = page.GetByRole(AriaRole.Region, new() { Name = "Jouw advies" });
        await form.GetByLabel("Je advies").FillAsync(Advice);
        await form.GetByLabel("Afspraken").FillAsync(AdviceAgreements);
        await form.GetByRole(AriaRole.Button, new() { Name = "Advies geven", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(Address("/adviesvragen"));
        await ExpectConfirmationAsync(page, "Je advies staat nu in het dossier. De adviesvraag is afgerond.");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = $"Advies geven bij dossier {dossier.Number}" })).ToHaveCountAsync(0);
        await audit.CheckAsync(page, "aandachtsfunctionaris: inbox after answering");
    }

    private async Task SeeTheAdviceAfterReloadingAsync(IPage page, OpenedDossier dossier, AxeAudit audit)
    {
        await page.ReloadAsync();

        await Expect(page).ToHaveURLAsync(DossierAddress(dossier.Id));
        await Expect(StepState(page, 2)).ToHaveTextAsync("Gedaan");
        var consultation = page.GetByRole(AriaRole.Region, new() { Name = "Stap 2: consultatie" }).GetByRole(AriaRole.Article);
        await Expect(consultation).ToHaveCountAsync(1);
        await Expect(consultation.GetByRole(AriaRole.Heading)).ToHaveTextAsync($"Aandachtsfunctionaris – {DemoSignIn.SafeguardingLead}");
        await Expect(consultation).ToContainTextAsync(Question);
        await Expect(consultation).ToContainTextAsync(Advice);
        await Expect(consultation).ToContainTextAsync(AdviceAgreements);
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Stap 2: consultatie" }).GetByRole(AriaRole.Button, new() { Name = "Adviesvraag intrekken" })).ToHaveCountAsync(0);
        await audit.CheckAsync(page, "professional: overview with the advice");
    }

    private async Task RecordConversationAsync(IPage page, OpenedDossier dossier, AxeAudit audit)
    {
        await FollowNextStepAsync(page, "Ga in gesprek met de ouders of het kind, of leg vast waarom dat niet kan (stap 3).", $"/dossiers/{dossier.Id}/gesprek");
        await ExpectHeadingAsync(page, "Gesprek met de cliënt");
        await audit.CheckAsync(page, "professional: conversation form");

        var form = page.GetByRole(AriaRole.Form, new() { Name = "Het gesprek vastleggen" });
        await form.GetByLabel("Datum van het gesprek").FillAsync(IsoDate(ConversationOn));
        var who = form.GetByRole(AriaRole.Group, new() { Name = "Met wie sprak je?" });
        await who.GetByRole(AriaRole.Checkbox, new() { Name = "De ouder(s) of verzorger(s)", Exact = true }).CheckAsync();
        await who.GetByRole(AriaRole.Checkbox, new() { Name = "Er was een collega bij", Exact = true }).CheckAsync();
        await form.GetByLabel("Welke zorgen heb je benoemd?").FillAsync(ConcernsNamed);
        await form.GetByLabel("Hoe reageerde de cliënt?").FillAsync(ClientReaction);
        await form.GetByLabel("Wat spraken jullie af?").FillAsync(ConversationAgreements);
        await form.GetByRole(AriaRole.Button, new() { Name = "Gesprek opslaan", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(DossierAddress(dossier.Id));
        await ExpectConfirmationAsync(page, "Het gesprek is vastgelegd.");
        await Expect(StepState(page, 3)).ToHaveTextAsync("Gedaan");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Stap 3: gesprek met de cliënt" })).ToContainTextAsync(ClientReaction);
        await audit.CheckAsync(page, "professional: overview with the conversation");
    }

    private async Task WeighAsync(IPage page, OpenedDossier dossier, AxeAudit audit)
    {
        await FollowNextStepAsync(page, "Weeg: beantwoord vraag 1: vermoeden van het afwegingskader (stap 4).", $"/dossiers/{dossier.Id}/weging/1");
        await ExpectHeadingAsync(page, "Vraag 1: vermoeden");
        await audit.CheckAsync(page, "professional: weighing question 1");

        await page.GetByRole(AriaRole.Group, new() { Name = "Heb je, op basis van wat je in de stappen 1 tot en met 3 hebt gedaan, een vermoeden" })
            .GetByRole(AriaRole.Radio, new() { Name = "Ja", Exact = true })
            .CheckAsync();
        await page.GetByLabel("Onderbouwing", new() { Exact = true }).FillAsync(SuspicionRationale);
        await page.GetByRole(AriaRole.Button, new() { Name = "Antwoord vastleggen", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(Address($"/dossiers/{dossier.Id}/weging/2"));
        await ExpectHeadingAsync(page, "Vraag 2: veiligheid");
        await ExpectConfirmationAsync(page, "Je antwoord is vastgelegd.");
        await audit.CheckAsync(page, "professional: weighing question 2");

        await page.GetByRole(AriaRole.Group, new() { Name = "Is er acute onveiligheid?" })
            .GetByRole(AriaRole.Radio, new() { Name = "Nee, er is geen acute onveiligheid", Exact = true })
            .CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Is er structurele onveiligheid?" })
            .GetByRole(AriaRole.Radio, new() { Name = "Ja, er is structurele onveiligheid", Exact = true })
            .CheckAsync();
        await page.GetByLabel("Onderbouwing", new() { Exact = true }).FillAsync(SafetyRationale);
        await page.GetByRole(AriaRole.Button, new() { Name = "Antwoord vastleggen", Exact = true }).ClickAsync();

        // Structural unsafety ends the afwegingskader: straight on to the decision, no questions 3 and 4.
        await Expect(page).ToHaveURLAsync(Address($"/dossiers/{dossier.Id}/besluit"));
        await ExpectHeadingAsync(page, "Besluit");
        await ExpectConfirmationAsync(page, "Je antwoord is vastgelegd.");
        await Expect(StepState(page, 4)).ToHaveTextAsync($"Gedaan – {RecommendedOutcome}");
        await audit.CheckAsync(page, "professional: decision form, after the last answer");

        // Questions 3 and 4 are not asked on this path: opening one leads to the decision instead.
        await page.GotoAsync($"/dossiers/{dossier.Id}/weging/3");
        await Expect(page).ToHaveURLAsync(Address($"/dossiers/{dossier.Id}/besluit"));
        await ExpectHeadingAsync(page, "Besluit");
    }

    private async Task DecideToReportAsync(IPage page, OpenedDossier dossier, AxeAudit audit)
    {
        var answers = page.GetByRole(AriaRole.Region, new() { Name = "Je antwoorden" });
        await Expect(answers).ToContainTextAsync("Vraag 1: vermoeden: ja");
        await Expect(answers).ToContainTextAsync("Vraag 2: veiligheid: acute onveiligheid: nee, structurele onveiligheid: ja");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Het afwegingskader raadt aan" })).ToContainTextAsync(RecommendedOutcome);
        await audit.CheckAsync(page, "professional: decision form");

        // Sanne reports without the "keep helping" part: reporting meets the meldnorm, so it is no deviation and needs no justification.
        var outcome = page.GetByRole(AriaRole.Group, new() { Name = "Wat besluit je?" });
        await Expect(outcome.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex($"^{Regex.Escape(RecommendedOutcome)} \\(aangeraden\\)") })).ToHaveCountAsync(1);
        await outcome.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex($"^{Regex.Escape(ChosenOutcome)} \\(past ook bij het advies\\)\\s*Je meldt") }).CheckAsync();
        await page.GetByLabel("Onderbouwing van je besluit").FillAsync(DecisionGrounds);
        await page.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(DossierAddress(dossier.Id));
        await ExpectConfirmationAsync(page, "Je besluit is vastgelegd.");
        var record = page.GetByRole(AriaRole.Region, new() { Name = "Stap 4 en 5: wegen en beslissen" });
        await Expect(record.GetByRole(AriaRole.Heading, new() { Name = $"Besluit: {ChosenOutcome}", Exact = true })).ToBeVisibleAsync();
        await Expect(record).ToContainTextAsync(KeepHelpingAdvice);
        await Expect(record).Not.ToContainTextAsync("Wijkt af");
        await audit.CheckAsync(page, "professional: overview with the decision");
    }

    private async Task SeeTheReportWaitForFourEyesAsync(IPage page, OpenedDossier dossier, AxeAudit audit)
    {
        await ExpectNextStepAsync(page, "Je besluit om te melden wacht op de aandachtsfunctionaris (vier ogen). Daarna meld je bij Veilig Thuis.");
        await Expect(NextStep(page).GetByRole(AriaRole.Link)).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Stap 4 en 5: wegen en beslissen" })).ToContainTextAsync("Wacht op medeondertekening (vier ogen)");

        // The report page says what it waits for, instead of the form.
        await page.GotoAsync($"/dossiers/{dossier.Id}/melding");
        await Expect(page).ToHaveURLAsync(Address($"/dossiers/{dossier.Id}/melding"));
        await ExpectHeadingAsync(page, "Melding bij Veilig Thuis");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Eerst de beoordeling (vier ogen)", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Form, new() { Name = "Melding vastleggen" })).ToHaveCountAsync(0);
        await audit.CheckAsync(page, "professional: report page while the decision waits for four eyes");
        await page.GotoAsync($"/dossiers/{dossier.Id}");
    }

    private async Task CoSignTheDecisionAsync(IPage page, OpenedDossier dossier, AxeAudit audit)
    {
        await page.GotoAsync($"/dossiers/{dossier.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Besluit beoordelen", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(Address($"/dossiers/{dossier.Id}/beoordeling"));
        await ExpectHeadingAsync(page, "Besluit beoordelen (vier ogen)");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Het besluit: {ChosenOutcome}", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync(DecisionGrounds);
        await audit.CheckAsync(page, "aandachtsfunctionaris: review page");

        await page.GetByRole(AriaRole.Group, new() { Name = "Je beoordeling" })
            .GetByRole(AriaRole.Radio, new() { Name = "Ik onderteken het besluit mee", Exact = true })
            .CheckAsync();
        await page.GetByLabel("Opmerking, of de reden waarom je het niet eens bent").FillAsync(CoSignComment);
        await page.GetByRole(AriaRole.Button, new() { Name = "Beoordeling vastleggen", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(DossierAddress(dossier.Id));
        await ExpectConfirmationAsync(page, "Je hebt het besluit medeondertekend.");
        var record = page.GetByRole(AriaRole.Region, new() { Name = "Stap 4 en 5: wegen en beslissen" });
        await Expect(record).ToContainTextAsync($"Medeondertekend door {DemoSignIn.SafeguardingLead}");
        await Expect(record).ToContainTextAsync(CoSignComment);
        await audit.CheckAsync(page, "aandachtsfunctionaris: dossier with the co-signed decision");
    }

    private async Task RecordReportAsync(IPage page, OpenedDossier dossier, AxeAudit audit)
    {
        await FollowNextStepAsync(page, "Meld bij Veilig Thuis en leg de melding vast.", $"/dossiers/{dossier.Id}/melding");
        await ExpectHeadingAsync(page, "Melding bij Veilig Thuis");
        await audit.CheckAsync(page, "professional: report form");

        var form = page.GetByRole(AriaRole.Form, new() { Name = "Melding vastleggen" });
        await form.GetByLabel("Datum van de melding").FillAsync(IsoDate(ReportedOn));
        await form.GetByLabel("Veilig Thuis-regio").FillAsync(Region);
        await form.GetByLabel("Contactpersoon bij Veilig Thuis").FillAsync(ContactPerson);
        await form.GetByLabel("Kenmerk van Veilig Thuis").FillAsync(Reference);
        await form.GetByLabel("Wat heb je gemeld?").FillAsync(WhatWasReported);
        await form.GetByRole(AriaRole.Group, new() { Name = "Heb je de cliënt vooraf verteld dat je meldt?" })
            .GetByRole(AriaRole.Radio, new() { Name = "Ja", Exact = true })
            .CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Melding vastleggen", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(DossierAddress(dossier.Id));
        await ExpectConfirmationAsync(page, "De melding is vastgelegd.");
    }

    private async Task AssertTheDossierIsReportedAsync(IPage page, OpenedDossier dossier, AxeAudit audit)
    {
        await Expect(StatusBadge(page)).ToHaveTextAsync("Gemeld");

        var rail = page.GetByRole(AriaRole.List, new() { Name = "De vijf stappen van de meldcode" });
        await Expect(rail.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(5);
        await Expect(StepState(page, 1)).ToHaveTextAsync("Gedaan – 1 signaal");
        await Expect(StepState(page, 2)).ToHaveTextAsync("Gedaan");
        await Expect(StepState(page, 3)).ToHaveTextAsync("Gedaan");
        await Expect(StepState(page, 4)).ToHaveTextAsync($"Gedaan – {RecommendedOutcome}");
        await Expect(StepState(page, 5)).ToHaveTextAsync($"Gedaan – {ChosenOutcome}");
        await ExpectNextStepAsync(page, "Leg de terugkoppeling van Veilig Thuis vast wanneer die komt.");

        var report = page.GetByRole(AriaRole.Region, new() { Name = "Stap 4 en 5: wegen en beslissen" })
            .GetByRole(AriaRole.Article).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = $"Melding bij Veilig Thuis {Region} ({DutchTime.Date(ReportedOn)})", Exact = true }) });
        await Expect(report).ToContainTextAsync($"Contactpersoon {ContactPerson} · kenmerk {Reference}");
        await Expect(report).ToContainTextAsync(WhatWasReported);
        await Expect(report.Locator("dt:text-is('Cliënt vooraf geïnformeerd') + dd")).ToHaveTextAsync("Ja");

        // The timeline tells the whole story, in order, each event once.
        var timeline = page.GetByRole(AriaRole.Region, new() { Name = "Tijdlijn" }).GetByRole(AriaRole.List).First.Locator(":scope > li");
        string[] story =
        [
            $"Dossier {dossier.Number} geopend over {ChildFirstName} {ChildLastName} (geboren 14-03-2017, Groep 4).",
            $"Signaal vastgelegd: Lichamelijke mishandeling, waargenomen op {DutchTime.Date(ObservedOn)} (in de klas) door {DemoSignIn.Professional}.",
            $"Advies gevraagd aan {DemoSignIn.SafeguardingLead} (aandachtsfunctionaris). Vraag: {Question}",
            $"Advies gegeven door {DemoSignIn.SafeguardingLead}.",
            $"Gesprek gevoerd op {DutchTime.Date(ConversationOn)} met ouder(s), collega.",
            "Vraag 1: vermoeden: ja.",
            "Vraag 2: veiligheid: acute onveiligheid: nee, structurele onveiligheid: ja.",
            $"Besluit: {InSentence(ChosenOutcome)}.",
            "Het besluit om te melden gaat ter medeondertekening naar de aandachtsfunctionaris (vier ogen).",
            $"Besluit medeondertekend door {DemoSignIn.SafeguardingLead}.",
            $"Gemeld bij Veilig Thuis {Region} op {DutchTime.Date(ReportedOn)}; contactpersoon {ContactPerson}, kenmerk {Reference}.",
        ];
        foreach (var line in story)
        {
            await Expect(timeline.Filter(new() { HasText = line })).ToHaveCountAsync(1);
        }

        var entries = await timeline.AllInnerTextsAsync();
        var positions = story.Select(line => entries.ToList().FindIndex(entry => entry.Contains(line, StringComparison.Ordinal))).ToList();
        Assert.True(
            positions.SequenceEqual(positions.Order()),
            $"The timeline is out of order; positions {string.Join(", ", positions)} of:{Environment.NewLine}{string.Join(Environment.NewLine + "---" + Environment.NewLine, entries)}");
        var advice = timeline.Filter(new() { HasText = $"Advies gegeven door {DemoSignIn.SafeguardingLead}." });
        await Expect(advice).ToContainTextAsync($"Advies: {Advice}");
        await Expect(advice.Locator(".timeline__meta")).ToContainTextAsync(DemoSignIn.SafeguardingLead);
        var decision = timeline.Filter(new() { HasText = $"Besluit: {InSentence(ChosenOutcome)}." });
        await Expect(decision).ToContainTextAsync(KeepHelpingAdvice);
        await Expect(decision).Not.ToContainTextAsync("wijkt af");
        await Expect(timeline.Filter(new() { HasText = "Gemeld bij Veilig Thuis" })).ToContainTextAsync("De cliënt is vooraf geïnformeerd over de melding.");
        await audit.CheckAsync(page, "professional: overview of the reported dossier");

        // The list of dossiers says the same.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Mijn dossiers", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(Address("/dossiers"));
        var row = page.GetByRole(AriaRole.Table, new() { Name = "Dossiers", Exact = true }).GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = dossier.Number, Exact = true }) });
        await Expect(row.GetByRole(AriaRole.Cell).Nth(1)).ToHaveTextAsync($"{ChildFirstName} {ChildLastName}");
        await Expect(row.GetByRole(AriaRole.Cell).Nth(2)).ToHaveTextAsync("Gemeld");
        await audit.CheckAsync(page, "professional: list of dossiers with the reported dossier");
    }

    private async Task ReadTheDraftAndDownloadTheRecordAsync(IPage page, OpenedDossier dossier, AxeAudit audit)
    {
        await page.GotoAsync($"/dossiers/{dossier.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Concept melding aan Veilig Thuis bekijken" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(Address($"/dossiers/{dossier.Id}/concept-melding"));
        await ExpectHeadingAsync(page, "Concept melding aan Veilig Thuis");
        var text = page.GetByLabel("Tekst van de melding");
        await Expect(text).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("1\\. Melder[\\s\\S]*3\\. Signalen[\\s\\S]*7\\. Wat de melder vraagt"));
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Tekst kopiëren" })).ToBeVisibleAsync();
        await audit.CheckAsync(page, "professional: draft report for Veilig Thuis");

        var draft = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Button, new() { Name = "Concept melding downloaden (pdf)" }).ClickAsync());
        Assert.Equal($"concept-melding-{dossier.Number}.pdf", draft.SuggestedFilename);

        await page.GotoAsync($"/dossiers/{dossier.Id}");
        var record = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Button, new() { Name = "Dossierverslag downloaden (pdf)" }).ClickAsync());
        Assert.Equal($"dossierverslag-{dossier.Number}.pdf", record.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync(await record.PathAsync());
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5), StringComparison.Ordinal);

        await page.ReloadAsync();
        var exports = page.GetByRole(AriaRole.Region, new() { Name = "Tijdlijn" }).Locator("li.timeline__entry").Filter(new() { HasText = "Geëxporteerd:" });
        await Expect(exports).ToHaveCountAsync(2);
    }

    /// <summary>The overview's (or any dossier page's) status badge in the dossier header.</summary>
    private static async Task<string> SessionCookieAsync(IPage page) =>
        (await page.Context.CookiesAsync()).Single(cookie => cookie.Name == DemoSignIn.SessionCookieName).Value;

    private static ILocator StatusBadge(IPage page) => page.Locator(".dossier-header .badge").First;

    /// <summary>The state line ("Gedaan – …") of one step in the step rail.</summary>
    private static ILocator StepState(IPage page, int step) =>
        page.GetByRole(AriaRole.List, new() { Name = "De vijf stappen van de meldcode" })
            .GetByRole(AriaRole.Listitem)
            .Filter(new() { HasText = $"Stap {step.ToString(CultureInfo.InvariantCulture)}:" })
            .Locator(".step-rail__state");

    private static Task ExpectHeadingAsync(IPage page, string text) =>
        Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(text);

    /// <summary>The confirmation after a change, announced as a status message.</summary>
    private static Task ExpectConfirmationAsync(IPage page, string text) =>
        Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = text })).ToBeVisibleAsync();

    private static ILocator NextStep(IPage page) =>
        page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Volgende stap:" });

    private static Task ExpectNextStepAsync(IPage page, string text) =>
        Expect(NextStep(page)).ToHaveTextAsync($"Volgende stap: {text}");

    /// <summary>Follows the dossier header's "Volgende stap" link, the way the app guides the professional.</summary>
    private async Task FollowNextStepAsync(IPage page, string text, string path)
    {
        await ExpectNextStepAsync(page, text);
        await NextStep(page).GetByRole(AriaRole.Link, new() { Name = text, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(Address(path));
    }

    private string BaseAddress => _app.BaseAddress.ToString().TrimEnd('/');

    /// <summary>Exactly this path (and query) on the app under test.</summary>
    private Regex Address(string pathAndQuery) => new($"^{Regex.Escape(BaseAddress + pathAndQuery)}$");

    /// <summary>A dossier overview (its confirmation travels outside the address); any dossier when no id is given.</summary>
    private Regex DossierAddress(Guid? id = null) =>
        new($"^{Regex.Escape(BaseAddress)}/dossiers/(?<id>{(id is { } known ? known.ToString() : "[0-9a-f-]{36}")})$");

    private static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An outcome as the app writes it inside a sentence (first letter in lower case).</summary>
    private static string InSentence(string outcome) => char.ToLowerInvariant(outcome[0]) + outcome[1..];

    private static async Task SaveTraceAsync(IBrowserContext context, string name)
    {
        var path = Path.Combine(RepositoryPaths.Artifacts, $"{name}.trace.zip");
        try
        {
            await context.Tracing.StopAsync(new() { Path = path });
            Console.WriteLine($"Playwright trace of the failed test: {path} (open it at https://trace.playwright.dev)");
        }
        catch (PlaywrightException exception)
        {
            Console.WriteLine($"No trace of the failed test {name}: {exception.Message}");
        }
    }

    private sealed record OpenedDossier(Guid Id, string Number);
}
