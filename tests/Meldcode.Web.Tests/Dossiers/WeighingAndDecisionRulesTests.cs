using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Meldcode.Application.Common.Exceptions;
using Meldcode.Domain.Common;
using Meldcode.Domain.Dossiers;
using Meldcode.Web.Tests.Support;

namespace Meldcode.Web.Tests.Dossiers;

/// <summary>What the weighing, decision and report pages refuse, and how they say so.</summary>
public sealed class WeighingAndDecisionRulesTests : IClassFixture<MeldcodeFactory>
{
    private readonly MeldcodeFactory _factory;

    public WeighingAndDecisionRulesTests(MeldcodeFactory factory)
    {
        _factory = factory;
    }

    private string Today => DutchTime.Today(_factory.Clock.GetUtcNow()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Weighing_a_dossier_that_is_not_ready_shows_what_is_missing_with_links_and_no_form()
    {
        var id = await DossierSeed.CreateAsync(_factory, stage: SeedStage.Opened);
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync("Sanne de Vries");

        var page = await client.GetPageAsync($"/dossiers/{id}/weging/1");

        var missing = page.QuerySelector("#ontbreekt")!.ParentElement!;
        Assert.Contains("Je kunt nog niet wegen", missing.TextContent, StringComparison.Ordinal);
        Assert.Contains(Dossier.Explain(WeighingBlocker.NoSignal), missing.TextContent, StringComparison.Ordinal);
        Assert.Contains(Dossier.Explain(WeighingBlocker.NoConsultation), missing.TextContent, StringComparison.Ordinal);
        Assert.Contains(Dossier.Explain(WeighingBlocker.ConversationNotDoneOrSkipped), missing.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, missing.QuerySelectorAll("li a").Length);
        Assert.Null(page.QuerySelector("main form"));
    }

    [Fact]
    public async Task The_decision_page_of_an_unfinished_weighing_names_the_next_question_and_links_to_it()
    {
        var id = await DossierSeed.CreateAsync(_factory, stage: SeedStage.ReadyToWeigh);
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync("Sanne de Vries");

        var page = await client.GetPageAsync($"/dossiers/{id}/besluit");

        var link = page.QuerySelector("#nog-niet")!.ParentElement!.QuerySelector("a")!;
        Assert.Equal("Beantwoord vraag 1: vermoeden", link.TextContent);
        Assert.Equal($"/dossiers/{id}/weging/1", link.GetAttribute("href"));
        Assert.Null(page.QuerySelector("main form"));
    }

    [Fact]
    public async Task A_decision_that_deviates_without_a_justification_is_refused_in_Dutch_and_nothing_is_saved()
    {
        var id = await DossierSeed.CreateAsync(_factory, stage: SeedStage.Weighed);
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync("Sanne de Vries");
        var before = await client.OverviewAsync(id);

        using var response = await client.FillInAsync($"/dossiers/{id}/besluit", new Dictionary<string, string>
        {
            ["Outcome"] = "Report",
            ["Grounds"] = "Ik meld toch.",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await Browser.ParseAsync(response);
        Assert.Contains($"Je besluit wijkt af van wat het afwegingskader aanraadt. Dat mag, maar leg in minstens {Decision.MinimumJustificationLength} tekens uit waarom.", DossierPages.ErrorsOn(page), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#Outcome-Report[checked]"));
        Assert.Equal("Ik meld toch.", page.QuerySelector("textarea#Grounds")!.TextContent);
        var after = await client.OverviewAsync(id);
        Assert.Equal(before.Timeline.Count, after.Timeline.Count);
        Assert.Contains("Nog niet begonnen", after.Step(5), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reporting_after_acute_unsafety_needs_no_justification_and_the_record_keeps_the_advice_to_go_on_helping()
    {
        var id = await DossierSeed.CreateAsync(_factory, stage: SeedStage.Weighed, answers: new WeighingAnswers(true, true, false, null, null));
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync("Sanne de Vries");

        var form = await client.GetPageAsync($"/dossiers/{id}/besluit");
        Assert.Contains("(past ook bij het advies)", form.QuerySelector("label[for=Outcome-Report]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("(aangeraden)", form.QuerySelector("label[for=Outcome-ReportAndHelp]")!.TextContent, StringComparison.Ordinal);

        using var response = await client.FillInAsync($"/dossiers/{id}/besluit", new Dictionary<string, string>
        {
            ["Outcome"] = "Report",
            ["Grounds"] = "Er is acuut gevaar; ik meld bij Veilig Thuis.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var decided = await client.GetPageAsync($"/dossiers/{id}/besluit");
        var panel = decided.QuerySelector("#genomen")!.ParentElement!;
        Assert.DoesNotContain("Wijkt af", panel.TextContent, StringComparison.Ordinal);
        Assert.Contains("blijven helpen waar je kunt", panel.QuerySelector(".advice-box")!.TextContent, StringComparison.Ordinal);
        var overview = await client.OverviewAsync(id);
        Assert.Contains(overview.Timeline, entry => entry.Contains("blijven helpen waar je kunt", StringComparison.Ordinal));
        Assert.DoesNotContain(overview.Timeline, entry => entry.Contains("wijkt af", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_decision_without_a_choice_or_grounds_gets_Dutch_field_messages()
    {
        var id = await DossierSeed.CreateAsync(_factory, stage: SeedStage.Weighed);
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync("Sanne de Vries");

        using var response = await client.FillInAsync($"/dossiers/{id}/besluit", new Dictionary<string, string> { ["Outcome"] = "Iets anders" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await Browser.ParseAsync(response);
        Assert.Contains("is geen geldige waarde.", page.QuerySelector("#Outcome-fout")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Kies je besluit.", DossierPages.ErrorsOn(page), StringComparison.Ordinal);
        Assert.Contains("Vul de onderbouwing van je besluit in.", page.QuerySelector("#Grounds-fout")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_without_informing_the_client_needs_the_exception_that_applied()
    {
        var id = await DossierSeed.CreateAsync(
            _factory,
            stage: SeedStage.Weighed,
            answers: new(Suspicion: true, AcuteUnsafety: false, StructuralUnsafety: false, CanOfferHelp: false),
            more: (d, actor, now) => d.Decide(Outcome.Report, "Wij kunnen de hulp niet bieden.", null, actor, now));
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync("Sanne de Vries");

        using var response = await client.FillInAsync($"/dossiers/{id}/melding", new Dictionary<string, string>
        {
            ["ReportedOn"] = Today,
            ["Region"] = "Utrecht",
            ["ContactPerson"] = "Mevrouw De Boer",
            ["WhatWasReported"] = "Signalen van mishandeling.",
            ["ClientInformed"] = "false",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await Browser.ParseAsync(response);
        Assert.Contains("Je hebt de cliënt niet vooraf geïnformeerd: kies welke uitzondering gold.", page.QuerySelector("#Exception-fout")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Vul de toelichting op de uitzondering in.", page.QuerySelector("#ExceptionExplanation-fout")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#ClientInformed-nee[checked]"));
        Assert.Equal("Utrecht", page.QuerySelector<IHtmlInputElement>("#Region")!.Value);
        var overview = await client.OverviewAsync(id);
        Assert.Equal("Open", overview.Status);
        Assert.Contains("Meld bij Veilig Thuis en leg de melding vast.", overview.NextAction, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_page_offers_no_form_before_a_decision_to_report()
    {
        var id = await DossierSeed.CreateAsync(_factory, stage: SeedStage.ReadyToWeigh);
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync("Sanne de Vries");

        var page = await client.GetPageAsync($"/dossiers/{id}/melding");

        Assert.Null(page.QuerySelector("main form"));
        Assert.Contains("meldrecht", page.QuerySelector("#nog-niet")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Contains("0800-2000", page.QuerySelector("main .phone")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feedback_on_a_report_that_is_not_in_the_dossier_is_not_found()
    {
        var id = await DossierSeed.CreateAsync(_factory, stage: SeedStage.ReadyToWeigh);
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync("Sanne de Vries");

        await client.GetPageAsync($"/dossiers/{id}/melding/{Guid.NewGuid()}/terugkoppeling", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_answer_sent_from_a_stale_form_is_refused_with_409_and_the_current_state_and_nothing_is_saved()
    {
        var id = await DossierSeed.CreateAsync(_factory, stage: SeedStage.ReadyToWeigh);
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync("Sanne de Vries");
        var stalePage = await client.GetPageAsync($"/dossiers/{id}/weging/1");
        var staleVersion = DossierPages.VersionOn(stalePage);
        _factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await client.FillInAndFollowAsync($"/dossiers/{id}/weging/1", new Dictionary<string, string> { ["Yes"] = "true", ["Rationale"] = "Eerst beantwoord in een ander venster." });

        using var response = await client.SubmitFormAsync(stalePage, $"/dossiers/{id}/weging/1", new Dictionary<string, string> { ["Yes"] = "false", ["Rationale"] = "Verouderd antwoord." });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = await Browser.ParseAsync(response);
        Assert.Contains(
            $"Je hebt dit dossier zelf {DutchTime.OnDateAtTime(_factory.Clock.GetUtcNow())} gewijzigd, in een ander venster of tabblad. {ConcurrencyConflictException.DossierConsequence}",
            DossierPages.ErrorsOn(page),
            StringComparison.Ordinal);
        Assert.DoesNotContain("Iemand anders", DossierPages.ErrorsOn(page), StringComparison.Ordinal);
        Assert.NotEqual(staleVersion, DossierPages.VersionOn(page));
        Assert.Contains("deze vraag (nu: ja)", page.QuerySelector("nav.panel")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Verouderd antwoord.", page.QuerySelector("textarea#Rationale")!.TextContent);
        var overview = await client.OverviewAsync(id);
        Assert.DoesNotContain("Verouderd antwoord.", overview.TimelineText, StringComparison.Ordinal);
        Assert.Contains("Vraag 1: vermoeden: ja.", overview.TimelineText, StringComparison.Ordinal);
        Assert.Contains("vraag 2: veiligheid", overview.NextAction, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_input_is_shown_as_literal_text_and_never_causes_a_server_error()
    {
        const string Hostile = "<script>alert('x')</script><b>vet</b> & \"quotes\"";
        var id = await DossierSeed.CreateAsync(_factory, stage: SeedStage.ReadyToWeigh);
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync("Sanne de Vries");

        using (var tooLong = await client.FillInAsync($"/dossiers/{id}/weging/1", new Dictionary<string, string> { ["Yes"] = "true", ["Rationale"] = new string('x', Texts.LongMax) + "<" }))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
            var page = await Browser.ParseAsync(tooLong);
            Assert.Contains("Je onderbouwing mag hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001.", page.QuerySelector("#Rationale-fout")!.TextContent, StringComparison.Ordinal);
            Assert.Equal(Texts.LongMax + 1, page.QuerySelector("textarea#Rationale")!.TextContent.Length);
        }

        using (var notABoolean = await client.FillInAsync($"/dossiers/{id}/weging/1", new Dictionary<string, string> { ["Yes"] = Hostile, ["Rationale"] = Hostile }))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, notABoolean.StatusCode);
            var page = await Browser.ParseAsync(notABoolean);
            Assert.Contains("is geen geldige waarde.", page.QuerySelector("#Yes-fout")!.TextContent, StringComparison.Ordinal);
            Assert.Contains("Kies ja of nee.", DossierPages.ErrorsOn(page), StringComparison.Ordinal);
            Assert.Empty(page.QuerySelectorAll("main script"));
            Assert.Empty(page.QuerySelectorAll("main b"));
            Assert.Equal(Hostile, page.QuerySelector("textarea#Rationale")!.TextContent);
        }

        await client.FillInAndFollowAsync($"/dossiers/{id}/weging/1", new Dictionary<string, string> { ["Yes"] = "true", ["Rationale"] = Hostile });
        var overviewPage = await client.GetPageAsync($"/dossiers/{id}");
        Assert.Contains($"Onderbouwing: {Hostile}", overviewPage.QuerySelectorAll(".timeline__text")[^1].TextContent, StringComparison.Ordinal);
        Assert.Empty(overviewPage.QuerySelectorAll("main script"));
        Assert.Empty(overviewPage.QuerySelectorAll("main b"));
    }
}
