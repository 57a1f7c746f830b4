using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Meldcode.Domain.Dossiers;
using Meldcode.Web.Tests.Support;

namespace Meldcode.Web.Tests.Dossiers;

/// <summary>The report form fills in what Meldcode already knows: the organisation's Veilig Thuis region, and the draft report made from the dossier.</summary>
public sealed class ReportFormTests : IClassFixture<MeldcodeFactory>
{
    private readonly MeldcodeFactory _factory;

    public ReportFormTests(MeldcodeFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task The_report_form_starts_with_the_organisations_region_once_and_offers_the_draft_report_text()
    {
        _factory.WithDatabase(context =>
        {
            var organisation = context.Organisations.Single();
            organisation.ChangeSettings(organisation.Name, organisation.Sector, "Veilig Thuis Utrecht", organisation.RetentionYears ?? 20, organisation.StaffConcernRetentionYears ?? 5);
            return context.SaveChanges();
        });
        var id = await DecidedToReportAsync();
        using var client = _factory.CreateBrowser();
        await client.SignInAsAsync("Sanne de Vries");

        var form = await client.GetPageAsync($"/dossiers/{id}/melding");

        Assert.Equal("Utrecht", form.QuerySelector<IHtmlInputElement>("#Region")!.Value);
        var draft = form.QuerySelector<IHtmlTextAreaElement>("details.draft-offer textarea#concept")!;
        Assert.True(draft.IsReadOnly);
        Assert.Contains("Blauwe plek op de linker bovenarm", draft.Value, StringComparison.Ordinal);
        Assert.Equal(string.Empty, form.QuerySelector<IHtmlTextAreaElement>("#WhatWasReported")!.Value);

        var taken = await client.GetPageAsync($"/dossiers/{id}/melding?conceptmelding=overnemen");

        Assert.Equal(draft.Value, taken.QuerySelector<IHtmlTextAreaElement>("#WhatWasReported")!.Value);
        Assert.Equal($"/dossiers/{id}/melding?conceptmelding=overnemen#WhatWasReported", form.QuerySelector("details.draft-offer a")!.GetAttribute("href"));
    }

    private Task<Guid> DecidedToReportAsync() =>
        DossierSeed.CreateAsync(
            _factory,
            stage: SeedStage.Weighed,
            answers: new WeighingAnswers(true, false, false, false, null),
            more: (dossier, actor, now) => dossier.Decide(Outcome.Report, "Hulp past niet bij onze rol.", null, actor, now));
}
