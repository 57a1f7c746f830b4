using MediatR;
using Meldcode.Application.Dossiers.GetVeiligThuisDraft;
using Meldcode.Application.Dossiers.RecordReport;
using Microsoft.AspNetCore.Mvc;

namespace Meldcode.Web.Pages.Dossiers;

/// <summary>The report (melding) to Veilig Thuis, with "open melden, tenzij".</summary>
public sealed class ReportModel(IMediator mediator) : DossierPageModel(mediator)
{
    [FromFormFields]
    public RecordReportCommand Command { get; set; } = null!;

    /// <summary>A report can be recorded after a decision (or evaluation) that calls for one, or after acute danger.</summary>
    public bool CanReport => View.CanWork && (View.Dossier.ReportsRequired > 0 || View.Dossier.IsAcute);

    /// <summary>The draft report made from the dossier, offered beside the form; and the organisation's region, filled in.</summary>
    public VeiligThuisDraft Draft { get; private set; } = null!;

    /// <summary>"overnemen": the new form starts with the draft text in "Wat heb je gemeld?" (a link beside the draft; works without JavaScript).</summary>
    [BindProperty(SupportsGet = true, Name = "conceptmelding")]
    public string? TakeDraft { get; set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => FormAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SaveAsync(Command with { DossierId = Id }, "melding", cancellationToken);

    protected override async Task LoadChoicesAsync(CancellationToken cancellationToken) =>
        Draft = await Mediator.Send(new GetVeiligThuisDraftQuery(Id), cancellationToken);

    protected override void StartForm() => Command = Command with
    {
        ReportedOn = View.Today,
        Region = Draft.Region,
        WhatWasReported = string.Equals(TakeDraft, "overnemen", StringComparison.Ordinal) ? Draft.Text : null,
    };
}
