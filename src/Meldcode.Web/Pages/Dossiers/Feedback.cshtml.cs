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

    [BindProperty]
    public VeiligThuisFeedback? Feedback { get; set; }

    [BindProperty]
    public DateOnly? ReceivedOn { get; set; }

    [BindProperty]
    public string? FollowUpAgreements { get; set; }

    public VeiligThuisReport Report => View.Dossier.Reports.Single(r => r.Id == ReportId);

    protected override bool FormSubjectExists => View.Dossier.Reports.Any(r => r.Id == ReportId);

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => FormAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        await LoadFormAsync(cancellationToken) ?? await SaveAsync(new RecordVeiligThuisFeedbackCommand(Id, Version, ReportId, Feedback, ReceivedOn, FollowUpAgreements), "terugkoppeling", cancellationToken);

    protected override void StartForm() => ReceivedOn = View.Today;
}
