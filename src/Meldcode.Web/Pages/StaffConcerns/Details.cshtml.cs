using MediatR;
using Meldcode.Application.StaffConcerns.AcknowledgeStaffConcern;
using Meldcode.Application.StaffConcerns.CloseStaffConcern;
using Meldcode.Application.StaffConcerns.GetStaffConcern;
using Meldcode.Application.StaffConcerns.RecordInspectorConsultation;
using Meldcode.Application.StaffConcerns.RecordPoliceReport;
using Meldcode.Domain.Common;
using Meldcode.Web.Presentation;
using Microsoft.AspNetCore.Mvc;

namespace Meldcode.Web.Pages.StaffConcerns;

/// <summary>
/// One concern about a staff member. The person who raised it sees what they reported and how far it
/// is; the board records that it has read it, the consultation with the vertrouwensinspecteur, the
/// police report and the closing.
/// </summary>
public sealed class DetailsModel(IMediator mediator, TimeProvider clock) : VersionedPageModel(mediator)
{
    public const string RaisedKey = "gemeld";
    public const string AcknowledgedKey = "gelezen";
    public const string InspectorKey = "overleg";
    public const string PoliceKey = "aangifte";
    public const string ClosedKey = "afsluiten";

    private static readonly Dictionary<string, string> ConfirmationTexts = new(StringComparer.Ordinal)
    {
        [RaisedKey] = "Je melding is doorgegeven aan het bevoegd gezag.",
        [AcknowledgedKey] = "Vastgelegd: het bevoegd gezag heeft de melding gelezen.",
        [InspectorKey] = "Het overleg met de vertrouwensinspecteur is vastgelegd.",
        [PoliceKey] = "De aangifte is vastgelegd.",
        [ClosedKey] = "De melding is afgesloten.",
    };

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [FromFormFields]
    public RecordInspectorConsultationCommand Inspector { get; set; } = null!;

    [FromFormFields]
    public RecordPoliceReportCommand Police { get; set; } = null!;

    /// <summary>The confirmation a saved change left for this page; read once (see <see cref="Confirmations"/>).</summary>
    [TempData(Key = Confirmations.TempDataKey)]
    public string? Saved { get; set; }

    public StaffConcernView View { get; private set; } = null!;

    public DateOnly Today => DutchTime.Today(clock.GetUtcNow());

    /// <summary>Whether the viewer is of the board and the board has not yet recorded that it read the concern.</summary>
    public bool CanAcknowledge => View.ViewerIsBoard && View.Concern.BoardAcknowledgedAt is null;

    public string? Confirmation =>
        HttpMethods.IsGet(Request.Method) && Saved is not null && ConfirmationTexts.TryGetValue(Saved, out var text) ? text : null;

    /// <summary>Shows the concern and changes nothing (reading it is recorded by the board's own post, <see cref="OnPostAcknowledgeAsync"/>).</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Inspector = Inspector with { ConsultedOn = Today };
        Police = Police with { ReportedOn = Today };
    }

    public Task<IActionResult> OnPostAcknowledgeAsync(CancellationToken cancellationToken) =>
        SaveAsync(new AcknowledgeStaffConcernCommand(Id), AcknowledgedKey, cancellationToken);

    public Task<IActionResult> OnPostInspectorAsync(CancellationToken cancellationToken) =>
        SaveAsync(Inspector with { Id = Id }, InspectorKey, cancellationToken);

    public Task<IActionResult> OnPostPoliceAsync(CancellationToken cancellationToken) =>
        SaveAsync(Police with { Id = Id }, PoliceKey, cancellationToken);

    public Task<IActionResult> OnPostCloseAsync(CloseStaffConcernCommand close, CancellationToken cancellationToken) =>
        SaveAsync(close with { Id = Id }, ClosedKey, cancellationToken);

    protected override async Task<int> LoadSubjectAsync(CancellationToken cancellationToken)
    {
        View = await Mediator.Send(new GetStaffConcernQuery(Id), cancellationToken);
        return View.Version;
    }

    protected override IActionResult AfterSaving(string confirmationKey) =>
        this.Confirm(confirmationKey, RedirectToPage("/StaffConcerns/Details", new { id = Id }));
}
