using MediatR;
using Meldcode.Application.Dossiers.DownloadDossierDocument;
using Meldcode.Application.Dossiers.GetDossier;
using Meldcode.Application.Inbox.GetLeadAttention;
using Meldcode.Web.Presentation;
using Microsoft.AspNetCore.Mvc;

namespace Meldcode.Web.Pages.Dossiers;

/// <summary>The dossier: where it stands, the next step, everything recorded, and the timeline.</summary>
public sealed class OverviewModel(IMediator mediator) : DossierPageModel(mediator)
{
    /// <summary>The confirmation a saved change left for this page; read once (see <see cref="Confirmations"/>).</summary>
    [TempData(Key = Confirmations.TempDataKey)]
    public string? Saved { get; set; }

    public string? Confirmation => Confirmations.For(Saved);

    /// <summary>The timeline's filter, from the query string (see <see cref="TimelineChoices"/>).</summary>
    [BindProperty(SupportsGet = true, Name = "stap")]
    public string? TimelineStep { get; set; }

    [BindProperty(SupportsGet = true, Name = "soort")]
    public string? TimelineTopic { get; set; }

    [BindProperty(SupportsGet = true, Name = "volgorde")]
    public string? TimelineOrder { get; set; }

    public Timeline Timeline { get; private set; } = null!;

    /// <summary>Filter values that were not understood and so were ignored.</summary>
    public IReadOnlyList<string> TimelineProblems { get; private set; } = [];

    /// <summary>What of this dossier went to the aandachtsfunctionaris, and whether they have seen it (the partial _AtTheLead).</summary>
    public IReadOnlyList<LeadAttentionItem> AtTheLead { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        AtTheLead = await Mediator.Send(new GetLeadAttentionQuery(Id), cancellationToken);
        var (filter, problems) = TimelineChoices.Parse(TimelineStep, TimelineTopic, TimelineOrder);
        Timeline = View.Timeline(filter);
        TimelineProblems = problems;
    }

    /// <summary>The dossier record as a PDF download (recorded in the chronology).</summary>
    public async Task<IActionResult> OnPostRecordAsync(CancellationToken cancellationToken) =>
        this.Download(await Mediator.Send(new DownloadDossierDocumentCommand(Id, DossierDocumentKind.DossierRecord), cancellationToken));
}
