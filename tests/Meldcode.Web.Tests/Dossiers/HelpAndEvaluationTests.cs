using System.Globalization;
using Meldcode.Domain.Common;
using Meldcode.Web.Tests.Support;

namespace Meldcode.Web.Tests.Dossiers;

/// <summary>
/// Help and monitor: weigh to "help", record the help, move the clock to the evaluation date and
/// answer question 5. (A class of its own, because it moves the shared clock.)
/// </summary>
public sealed class HelpAndEvaluationTests : IClassFixture<MeldcodeFactory>
{
    private readonly MeldcodeFactory _factory;

    public HelpAndEvaluationTests(MeldcodeFactory factory)
    {
        _factory = factory;
    }

    private DateOnly Today => DutchTime.Today(_factory.Clock.GetUtcNow());

    [Fact]
    public async Task Help_that_brings_lasting_safety_closes_the_dossier_with_monitoring_agreements()
    {
        var (id, evaluationDate) = await WeighToHelpAndRecordItAsync();
        using var client = await SignedInOnTheEvaluationDateAsync(id, evaluationDate);

        var evaluationPage = await client.GetPageAsync($"/dossiers/{id}/evaluatie");
        Assert.Contains("de hulp stopt en het dossier wordt gesloten", evaluationPage.QuerySelector(".question-explanation")!.TextContent, StringComparison.Ordinal);
        var back = await client.FillInAndFollowAsync($"/dossiers/{id}/evaluatie", new Dictionary<string, string>
        {
            ["HelpBringsLastingSafety"] = "true",
            ["Rationale"] = "Mila komt weer verzorgd naar school; moeder houdt zich aan de afspraken.",
            ["MonitoringAgreements"] = "De leerkracht let op signalen; over drie maanden een gesprek met moeder.",
        });

        Assert.Equal("De evaluatie is vastgelegd.", (await client.GetPageAsync(back)).QuerySelector(".notice")!.TextContent);
        var overview = await client.OverviewAsync(id);
        Assert.Equal("Gesloten", overview.Status);
        Assert.Contains("Geen: het dossier is gesloten.", overview.NextAction, StringComparison.Ordinal);
        Assert.Contains("Gedaan", overview.Step(5), StringComparison.Ordinal);
        Assert.Contains("Vraag 5: resultaat: ja", overview.TimelineText, StringComparison.Ordinal);
        Assert.Contains("Dossier gesloten. Reden: Hulp geëvalueerd: de veiligheid is hersteld. Afspraken: De leerkracht let op signalen", overview.TimelineText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_that_does_not_bring_safety_makes_a_report_due_which_is_then_recorded()
    {
        var (id, evaluationDate) = await WeighToHelpAndRecordItAsync();
        using var client = await SignedInOnTheEvaluationDateAsync(id, evaluationDate);

        await client.FillInAndFollowAsync($"/dossiers/{id}/evaluatie", new Dictionary<string, string>
        {
            ["HelpBringsLastingSafety"] = "false",
            ["Rationale"] = "Moeder komt de afspraken niet na; opnieuw blauwe plekken.",
        });

        var overview = await client.OverviewAsync(id);
        Assert.Equal("Open", overview.Status);
        Assert.Contains("Meld bij Veilig Thuis en leg de melding vast.", overview.NextAction, StringComparison.Ordinal);
        Assert.Contains("Bezig", overview.Step(5), StringComparison.Ordinal);
        Assert.Contains("Het afwegingskader raadt aan: (opnieuw) melden bij Veilig Thuis.", overview.TimelineText, StringComparison.Ordinal);

        await client.FillInAndFollowAsync($"/dossiers/{id}/melding", new Dictionary<string, string>
        {
            ["ReportedOn"] = Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Region"] = "Haaglanden",
            ["ContactPerson"] = "Meneer Pinas",
            ["WhatWasReported"] = "Hulp werkt niet; opnieuw letsel.",
            ["ClientInformed"] = "true",
        });

        overview = await client.OverviewAsync(id);
        Assert.Equal("Gemeld", overview.Status);
        Assert.Contains("Leg de terugkoppeling van Veilig Thuis vast wanneer die komt.", overview.NextAction, StringComparison.Ordinal);
        Assert.Contains("De cliënt is vooraf geïnformeerd over de melding.", overview.TimelineText, StringComparison.Ordinal);
    }

    /// <summary>Weighs a ready dossier to "help and monitor" through the forms, decides so and records the help; returns the evaluation date.</summary>
    private async Task<(Guid Id, DateOnly EvaluationDate)> WeighToHelpAndRecordItAsync()
    {
        var id = await DossierSeed.CreateAsync(_factory, stage: SeedStage.ReadyToWeigh);
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync("Sanne de Vries");

        var next = await client.FillInAndFollowAsync($"/dossiers/{id}/weging/1", new Dictionary<string, string> { ["Yes"] = "true", ["Rationale"] = "Zorgen over verzorging." });
        next = await client.FillInAndFollowAsync(next, new Dictionary<string, string> { ["AcuteUnsafety"] = "false", ["StructuralUnsafety"] = "false", ["Rationale"] = "Geen direct gevaar." });
        Assert.StartsWith($"/dossiers/{id}/weging/3", next, StringComparison.Ordinal);
        next = await client.FillInAndFollowAsync(next, new Dictionary<string, string> { ["Yes"] = "true", ["Rationale"] = "De school kan met het wijkteam hulp organiseren." });
        Assert.StartsWith($"/dossiers/{id}/weging/4", next, StringComparison.Ordinal);
        next = await client.FillInAndFollowAsync(next, new Dictionary<string, string> { ["Yes"] = "true", ["Rationale"] = "Moeder wil meedoen." });
        Assert.StartsWith($"/dossiers/{id}/besluit", next, StringComparison.Ordinal);

        var decisionPage = await client.GetPageAsync(next);
        Assert.Contains("Hulp bieden of organiseren en de veiligheid volgen", decisionPage.QuerySelector("#advies")!.ParentElement!.TextContent, StringComparison.Ordinal);
        await client.FillInAndFollowAsync(next, new Dictionary<string, string> { ["Outcome"] = "HelpAndMonitor", ["Grounds"] = "Hulp via het wijkteam." });

        var overview = await client.OverviewAsync(id);
        Assert.Equal("Open", overview.Status);
        Assert.Contains("Leg vast welke hulp er komt, door wie, en wanneer je evalueert.", overview.NextAction, StringComparison.Ordinal);
        Assert.Contains("Bezig – Hulp bieden of organiseren en de veiligheid volgen", overview.Step(5), StringComparison.Ordinal);
        Assert.DoesNotContain("wijkt af", overview.Step(5), StringComparison.Ordinal);

        var evaluationDate = Today.AddDays(28);
        await client.FillInAndFollowAsync($"/dossiers/{id}/hulp", new Dictionary<string, string>
        {
            ["WhatHelp"] = "Opvoedondersteuning thuis, twee keer per week.",
            ["ByWhom"] = "Wijkteam Noord",
            ["EvaluationDate"] = evaluationDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });

        overview = await client.OverviewAsync(id);
        Assert.Equal("Hulp loopt", overview.Status);
        Assert.Contains($"De hulp loopt. Evalueer op {DutchTime.Date(evaluationDate)}.", overview.NextAction, StringComparison.Ordinal);
        Assert.Contains("Hulp: Opvoedondersteuning thuis", overview.Timeline[^1], StringComparison.Ordinal);
        return (id, evaluationDate);
    }

    /// <summary>Moves the clock to the evaluation date and signs in again (the earlier session has long expired); the overview now asks for question 5.</summary>
    private async Task<HttpClient> SignedInOnTheEvaluationDateAsync(Guid id, DateOnly evaluationDate)
    {
        _factory.Clock.Advance(TimeSpan.FromDays(evaluationDate.DayNumber - Today.DayNumber));
        var client = _factory.CreateBrowser();
        await client.SignInAsAsync("Sanne de Vries");
        var overview = await client.OverviewAsync(id);
        Assert.Contains($"Evalueer de hulp (vraag 5): de evaluatie stond op {DutchTime.Date(evaluationDate)}.", overview.NextAction, StringComparison.Ordinal);
        return client;
    }
}
