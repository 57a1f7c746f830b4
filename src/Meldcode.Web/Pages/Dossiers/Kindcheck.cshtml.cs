using MediatR;
using Meldcode.Application.Dossiers.Access;
using Meldcode.Application.Dossiers.RecordKindcheck;
using Meldcode.Domain.Organisations;
using Microsoft.AspNetCore.Mvc;

namespace Meldcode.Web.Pages.Dossiers;

/// <summary>Step 1 for organisations with adult clients: are there children who live with the client or often stay there?</summary>
public sealed class KindcheckModel(IMediator mediator) : DossierPageModel(mediator)
{
    [FromFormFields]
    public RecordKindcheckCommand Command { get; set; } = null!;

    /// <summary>The kindcheck belongs to youth care, health care and social support (the domain refuses it elsewhere).</summary>
    public bool SectorDoesKindchecks => View.Dossier.Sector.DoesKindchecks();

    protected override DossierPermission? FormPermission => DossierPermission.Work;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => FormAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SaveAsync(Command with { DossierId = Id }, "kindcheck", cancellationToken);
}
