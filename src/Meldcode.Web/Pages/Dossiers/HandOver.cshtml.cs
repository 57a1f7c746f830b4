using MediatR;
using Meldcode.Application.Dossiers.Access;
using Meldcode.Application.Dossiers.GetColleagues;
using Meldcode.Application.Dossiers.GetNewOwnerChoices;
using Meldcode.Application.Dossiers.HandOverDossier;
using Microsoft.AspNetCore.Mvc;

namespace Meldcode.Web.Pages.Dossiers;

/// <summary>The aandachtsfunctionaris hands the dossier to a colleague of its team, with a reason.</summary>
public sealed class HandOverModel(IMediator mediator) : DossierPageModel(mediator)
{
    [FromFormFields]
    public HandOverDossierCommand Command { get; set; } = null!;

    /// <summary>Who can take the dossier over: the team's active professionals and aandachtsfunctionarissen, except its owner.</summary>
    public IReadOnlyList<Colleague> NewOwners { get; private set; } = [];

    protected override DossierPermission? FormPermission => DossierPermission.HandOver;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => FormAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SaveAsync(Command with { DossierId = Id }, "overgedragen", cancellationToken);

    protected override async Task LoadChoicesAsync(CancellationToken cancellationToken) =>
        NewOwners = await Mediator.Send(new GetNewOwnerChoicesQuery(Id), cancellationToken);
}
