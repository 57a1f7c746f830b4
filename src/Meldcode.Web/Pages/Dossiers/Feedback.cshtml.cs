using MediatR;
using Meldcode.Application.Dossiers.RecordVeiligThuisFeedback;
using Meldcode.Domain.Dossiers;
using Microsoft.AspNetCore.Mvc;

namespace Meldcode.Web.Pages.Dossiers;

/// <summary>What Veilig Thuis reported back about one report (melding).</summary>
public sealed class FeedbackModel(IMediator mediator) : DossierPageModel(mediator)
{
    /// <summary>The report, from the route.</summary>
    [BindProperty(SupportsGet = true, Name = "report")]
    public Guid ReportId { get; set; }

    [FromFormFields]
    public RecordVeiligThuisFeedbackCommand Command { get; set; } = null!;

    public VeiligThuisReport Report => View.Dossier.Reports.Single(r => r.Id == ReportId);

    protected override bool FormSubjectExists => View.Dossier.Reports.Any(r => r.Id == ReportId);

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => FormAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        await LoadFormAsync(cancellationToken) ?? await SaveAsync(Command with { DossierId = Id, ReportId = ReportId }, "terugkoppeling", cancellationToken);

    protected override void StartForm() => Command = Command with { ReceivedOn = View.Today };
}
