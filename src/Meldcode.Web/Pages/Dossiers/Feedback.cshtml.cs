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

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!ReportExists())
        {
            return NotFound();
        }

        ReceivedOn = View.Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!ReportExists())
        {
            return NotFound();
        }

        await Mediator.Send(new RecordVeiligThuisFeedbackCommand(Id, Version, ReportId, Feedback, ReceivedOn, FollowUpAgreements), cancellationToken);
        return BackToDossier("terugkoppeling");
    }

    private bool ReportExists() => View.Dossier.Reports.Any(r => r.Id == ReportId);
}
