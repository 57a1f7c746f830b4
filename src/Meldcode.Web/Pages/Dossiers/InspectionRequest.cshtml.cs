using MediatR;
using Meldcode.Application.Dossiers.Access;
using Meldcode.Application.Dossiers.AnswerInspectionRequest;
using Meldcode.Application.Dossiers.Documents;
using Meldcode.Application.Dossiers.ExportForInspection;
using Meldcode.Application.Dossiers.ExtendInspectionDeadline;
using Meldcode.Domain.Dossiers;
using Meldcode.Web.Presentation;
using Microsoft.AspNetCore.Mvc;

namespace Meldcode.Web.Pages.Dossiers;

/// <summary>
/// One request to see the file: its deadline and answer; extend the deadline once; make the export for the requester
/// (ticking what else to withhold, with a reason); close it as provided or refused. The team's aandachtsfunctionaris only.
/// </summary>
public sealed class InspectionRequestModel(IMediator mediator) : DossierPageModel(mediator)
{
    [TempData(Key = Confirmations.TempDataKey)]
    public string? Saved { get; set; }

    public string? Confirmation => Confirmations.For(Saved);

    /// <summary>The request, from the route.</summary>
    [BindProperty(SupportsGet = true, Name = "request")]
    public Guid RequestId { get; set; }

    [FromFormFields]
    public ExtendInspectionDeadlineCommand Extension { get; set; } = null!;

    [FromFormFields]
    public ExportForInspectionCommand Export { get; set; } = null!;

    [FromFormFields]
    public AnswerInspectionRequestCommand Answer { get; set; } = null!;

    public InspectionRequest Inspection => View.Dossier.InspectionRequests.Single(r => r.Id == RequestId);

    /// <summary>What the lead can tick to withhold, in the order of the record, with a label and what was ticked before (after a refused post).</summary>
    public IReadOnlyList<(Guid Id, string Label, WithheldItem? Posted)> Markable { get; private set; } = [];

    protected override DossierPermission? FormPermission => DossierPermission.AnswerInspection;

    protected override bool FormSubjectExists => View.Dossier.InspectionRequests.Any(r => r.Id == RequestId);

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => FormAsync(cancellationToken);

    public async Task<IActionResult> OnPostExtendAsync(CancellationToken cancellationToken)
    {
        if (await LoadFormAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        await Mediator.Send(Extension with { DossierId = Id, RequestId = RequestId }, cancellationToken);
        return Back("inzage-verlengd");
    }

    /// <summary>The export as a PDF download (recorded in the request, the chronology and the access log).</summary>
    public async Task<IActionResult> OnPostExportAsync(CancellationToken cancellationToken)
    {
        if (await LoadFormAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        return this.Download(await Mediator.Send(Export with { DossierId = Id, RequestId = RequestId }, cancellationToken));
    }

    public async Task<IActionResult> OnPostAnswerAsync(CancellationToken cancellationToken)
    {
        if (await LoadFormAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        await Mediator.Send(Answer with { DossierId = Id, RequestId = RequestId }, cancellationToken);
        return Back("inzage-beantwoord");
    }

    protected override Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        var d = View.Dossier;
        var posted = (Export?.Items ?? []).GroupBy(i => i.Id).ToDictionary(g => g.Key, g => g.First());
        var signals = d.Signals.Select(s => s.Id);
        var consultations = d.Consultations.Select(c => c.Id);
        var conversations = d.Conversations.Select(c => c.Id);
        var lines = d.Chronology.Select(e => e.Id);
        Markable =
        [
            .. signals.Concat(consultations).Concat(conversations).Concat(lines)
                .Select(id => (id, Label(d, id), posted.GetValueOrDefault(id))),
        ];
        return Task.CompletedTask;
    }

    protected override void StartForm() => Answer = Answer with { AnsweredOn = View.Today };

    private static string Label(Dossier d, Guid id)
    {
        var name = Redaction.Describe(d, id) ?? string.Empty;
        var entry = d.Chronology.FirstOrDefault(e => e.Id == id);
        if (entry is null)
        {
            return char.ToUpperInvariant(name[0]) + name[1..];
        }

        var summary = entry.Summary.ReplaceLineEndings(" ");
        return $"Regel {entry.Sequence}: {(summary.Length > 140 ? summary[..140] + "…" : summary)}";
    }

    private RedirectToPageResult Back(string confirmationKey) =>
        this.Confirm(confirmationKey, RedirectToPage("/Dossiers/InspectionRequest", new { id = Id, request = RequestId }));
}
