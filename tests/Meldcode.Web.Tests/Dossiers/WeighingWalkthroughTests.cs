using Meldcode.Domain.Common;
using Meldcode.Web.Tests.Support;

namespace Meldcode.Web.Tests.Dossiers;

/// <summary>From a dossier that is ready to weigh, through the weighing screens and the decision, by real form posts.</summary>
public sealed class WeighingWalkthroughTests : IClassFixture<MeldcodeFactory>
{
    private readonly MeldcodeFactory _factory;

    public WeighingWalkthroughTests(MeldcodeFactory factory)
    {
        _factory = factory;
    }

    private string Today => DutchTime.Today(_factory.Clock.GetUtcNow()).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task No_suspicion_at_question_1_leads_to_the_decision_to_close_and_closes_the_dossier()
    {
        var id = await DossierSeed.CreateAsync(_factory, stage: SeedStage.ReadyToWeigh);
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync("Sanne de Vries");

        var next = await client.FillInAndFollowAsync($"/dossiers/{id}/weging/1", new Dictionary<string, string>
        {
            ["Yes"] = "false",
            ["Rationale"] = "De uitleg van moeder past bij wat ik zag; de juf van gym zag de val.",
        });

        Assert.Equal($"/dossiers/{id}/besluit", next);
        var decisionPage = await client.GetPageAsync(next);
        Assert.Contains("Je antwoord is vastgelegd.", decisionPage.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Afsluiten: geen vermoeden (meer)", decisionPage.QuerySelector("#advies")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Contains("De uitleg van moeder past bij wat ik zag", decisionPage.QuerySelector("#antwoorden")!.ParentElement!.TextContent, StringComparison.Ordinal);

        var overviewUrl = await client.FillInAndFollowAsync(next, new Dictionary<string, string>
        {
            ["Outcome"] = "Close",
            ["Grounds"] = "Geen vermoeden na de weging.",
        });

        Assert.Equal($"/dossiers/{id}", overviewUrl);
        var overview = await client.OverviewAsync(id);
        Assert.Equal("Gesloten", overview.Status);
        Assert.Contains("Gedaan – Afsluiten: geen vermoeden (meer)", overview.Step(4), StringComparison.Ordinal);
        Assert.Contains("Gedaan", overview.Step(5), StringComparison.Ordinal);
        Assert.Contains("Geen: het dossier is gesloten.", overview.NextAction, StringComparison.Ordinal);
        Assert.Contains("Vraag 1: vermoeden: nee.", overview.TimelineText, StringComparison.Ordinal);
        Assert.Contains("Besluit: afsluiten: geen vermoeden (meer).", overview.TimelineText, StringComparison.Ordinal);
        Assert.Contains("Dossier gesloten. Reden: Besluit na de weging: Geen vermoeden na de weging.", overview.TimelineText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Acute_unsafety_recommends_reporting_and_helping_and_deciding_to_only_report_meets_the_meldnorm_and_is_followed_by_the_report()
    {
        var id = await DossierSeed.CreateAsync(_factory, stage: SeedStage.ReadyToWeigh);
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync("Sanne de Vries");

        var next = await client.FillInAndFollowAsync($"/dossiers/{id}/weging/1", new Dictionary<string, string> { ["Yes"] = "true", ["Rationale"] = "Letsel dat niet past bij de uitleg." });
        Assert.Equal($"/dossiers/{id}/weging/2", next);
        var overview = await client.OverviewAsync(id);
        Assert.Contains("Bezig", overview.Step(4), StringComparison.Ordinal);
        Assert.Contains("vraag 2: veiligheid", overview.NextAction, StringComparison.Ordinal);

        var question2 = await client.GetPageAsync(next);
        Assert.Contains("Acute onveiligheid", question2.QuerySelector("#begrippen")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Contains("wurging", question2.QuerySelector("#begrippen")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, question2.QuerySelectorAll("main form fieldset").Length);

        next = await client.FillInAndFollowAsync(next, new Dictionary<string, string>
        {
            ["AcuteUnsafety"] = "true",
            ["StructuralUnsafety"] = "false",
            ["Rationale"] = "Mila durft niet naar huis.",
        });
        Assert.Equal($"/dossiers/{id}/besluit", next);
        var decisionPage = await client.GetPageAsync(next);
        Assert.Contains("Melden bij Veilig Thuis, en blijven helpen waar je kunt", decisionPage.QuerySelector("#advies")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal(4, decisionPage.QuerySelectorAll("main form input[name=Outcome]").Length);

        await client.FillInAndFollowAsync(next, new Dictionary<string, string>
        {
            ["Outcome"] = "Report",
            ["Grounds"] = "Melden bij Veilig Thuis; hulp bieden past niet bij onze rol als school.",
        });

        overview = await client.OverviewAsync(id);
        Assert.Equal("Open", overview.Status);
        Assert.Contains("Gedaan – Melden bij Veilig Thuis, en blijven helpen waar je kunt", overview.Step(4), StringComparison.Ordinal);
        Assert.Contains("Bezig – Melden bij Veilig Thuis", overview.Step(5), StringComparison.Ordinal);
        Assert.DoesNotContain("wijkt af", overview.Step(5), StringComparison.Ordinal);
        Assert.Contains("Je besluit om te melden wacht op de aandachtsfunctionaris (vier ogen).", overview.NextAction, StringComparison.Ordinal);
        Assert.DoesNotContain("Dit wijkt af", overview.TimelineText, StringComparison.Ordinal);
        Assert.Contains("Het afwegingskader raadt aan om naast de melding te blijven helpen waar je kunt.", overview.TimelineText, StringComparison.Ordinal);
        Assert.Contains("gaat ter medeondertekening naar de aandachtsfunctionaris (vier ogen)", overview.TimelineText, StringComparison.Ordinal);
        var waiting = await client.GetPageAsync($"/dossiers/{id}/melding");
        Assert.Contains("Eerst de beoordeling (vier ogen)", waiting.QuerySelector("#vier-ogen")!.TextContent, StringComparison.Ordinal);
        Assert.Null(waiting.QuerySelector("main form"));

        // Four eyes: the team's aandachtsfunctionaris co-signs in a browser of his own.
        using (var lead = _factory.CreateBrowser())
        {
            await lead.SignInAsAsync("Mehmet Yılmaz");
            var review = await lead.GetPageAsync($"/dossiers/{id}/beoordeling");
            Assert.Contains("Wacht op medeondertekening (vier ogen)", review.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
            var back = await lead.FillInAndFollowAsync($"/dossiers/{id}/beoordeling", new Dictionary<string, string>
            {
                ["Verdict"] = "CoSign",
                ["Comment"] = "Eens: melden, en wij blijven Mila volgen.",
            });
            Assert.Equal($"/dossiers/{id}", back);
        }

        var reportPage = await client.GetPageAsync($"/dossiers/{id}/melding");
        Assert.Contains("Medeondertekend door Mehmet Yılmaz", reportPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("0800-2000", reportPage.QuerySelector("main .phone")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(26, reportPage.QuerySelectorAll("datalist#regios option").Length);
        await client.FillInAndFollowAsync($"/dossiers/{id}/melding", new Dictionary<string, string>
        {
            ["ReportedOn"] = Today,
            ["Region"] = "Veilig Thuis Utrecht",
            ["ContactPerson"] = "Mevrouw De Boer",
            ["Reference"] = "VT-2026-118",
            ["WhatWasReported"] = "Blauwe plekken, Mila durft niet naar huis.",
            ["ClientInformed"] = "false",
            ["Exception"] = "ChildOrFamilySafety",
            ["ExceptionExplanation"] = "Vader is eerder agressief geweest toen zorgen werden benoemd.",
        });

        overview = await client.OverviewAsync(id);
        Assert.Equal("Gemeld", overview.Status);
        Assert.Contains("Gedaan – Melden bij Veilig Thuis", overview.Step(5), StringComparison.Ordinal);
        Assert.Contains("Gemeld bij Veilig Thuis Utrecht op ", overview.TimelineText, StringComparison.Ordinal);
        Assert.DoesNotContain("Veilig Thuis Veilig Thuis", overview.TimelineText, StringComparison.Ordinal);
        Assert.Contains("Leg de terugkoppeling van Veilig Thuis vast wanneer die komt.", overview.NextAction, StringComparison.Ordinal);
        Assert.Contains("De cliënt is niet vooraf geïnformeerd. Uitzondering: de veiligheid van het kind of van gezinsleden. Toelichting: Vader is eerder agressief", overview.TimelineText, StringComparison.Ordinal);

        var overviewPage = await client.GetPageAsync($"/dossiers/{id}");
        var feedbackUrl = overviewPage.QuerySelector("a[href$='/terugkoppeling']")!.GetAttribute("href")!;
        var reportPageAfterwards = await client.GetPageAsync($"/dossiers/{id}/melding");
        Assert.Equal(feedbackUrl, reportPageAfterwards.QuerySelector("#eerder")!.ParentElement!.QuerySelector("a")!.GetAttribute("href"));
        await client.FillInAndFollowAsync(feedbackUrl, new Dictionary<string, string>
        {
            ["Feedback"] = "TakenOn",
            ["ReceivedOn"] = Today,
            ["FollowUpAgreements"] = "Veilig Thuis belt over een week.",
        });

        overview = await client.OverviewAsync(id);
        Assert.Contains("Sluit het dossier als er niets meer te doen is.", overview.NextAction, StringComparison.Ordinal);
        Assert.Contains("Terugkoppeling van Veilig Thuis", overview.Timeline[^1], StringComparison.Ordinal);
        Assert.Contains("in behandeling genomen", overview.Timeline[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answering_an_earlier_question_again_shows_the_standing_answer_and_sets_aside_the_later_ones()
    {
        var id = await DossierSeed.CreateAsync(_factory, stage: SeedStage.Weighed);
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync("Sanne de Vries");

        var page = await client.GetPageAsync($"/dossiers/{id}/weging/1");

        Assert.NotNull(page.QuerySelector("#Yes-ja[checked]"));
        Assert.Equal("Onderbouwing vraag 1.", page.QuerySelector("textarea#Rationale")!.TextContent);
        Assert.Contains("vraag 2, vraag 3 en vraag 4 vervallen dan", page.QuerySelector("#opnieuw")!.ParentElement!.TextContent, StringComparison.Ordinal);

        var next = await client.FillInAndFollowAsync($"/dossiers/{id}/weging/1", new Dictionary<string, string> { ["Yes"] = "true", ["Rationale"] = "Nieuwe onderbouwing." });

        Assert.Equal($"/dossiers/{id}/weging/2", next);
        var overview = await client.OverviewAsync(id);
        Assert.Contains("vraag 2: veiligheid", overview.NextAction, StringComparison.Ordinal);
        Assert.Contains("Vraag 1: vermoeden (opnieuw beantwoord): ja.", overview.TimelineText, StringComparison.Ordinal);
        Assert.Contains("Vraag 4: aanvaarden: ja.", overview.TimelineText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_that_is_not_next_and_not_answered_sends_you_to_the_next_one()
    {
        var id = await DossierSeed.CreateAsync(_factory, stage: SeedStage.ReadyToWeigh);
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync("Sanne de Vries");

        using var response = await client.GetAsync(new Uri($"/dossiers/{id}/weging/3", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/dossiers/{id}/weging/1", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task When_the_recommendation_is_complete_an_unneeded_question_sends_you_to_the_decision()
    {
        var id = await DossierSeed.CreateAsync(_factory, stage: SeedStage.Weighed, answers: new(Suspicion: true, AcuteUnsafety: false, StructuralUnsafety: true));
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync("Sanne de Vries");

        using var response = await client.GetAsync(new Uri($"/dossiers/{id}/weging/3", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/dossiers/{id}/besluit", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(99)]
    public async Task A_question_outside_1_to_4_is_not_found(int question)
    {
        var id = await DossierSeed.CreateAsync(_factory, stage: SeedStage.ReadyToWeigh);
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync("Sanne de Vries");

        await client.GetPageAsync($"/dossiers/{id}/weging/{question}", System.Net.HttpStatusCode.NotFound);
    }
}
