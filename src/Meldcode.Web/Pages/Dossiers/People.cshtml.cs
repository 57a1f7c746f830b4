using MediatR;
using Meldcode.Application.Dossiers.Access;
using Meldcode.Application.Dossiers.AddCarer;
using Meldcode.Application.Dossiers.AddCollaborator;
using Meldcode.Application.Dossiers.AddSibling;
using Meldcode.Application.Dossiers.GetColleagues;
using Microsoft.AspNetCore.Mvc;

namespace Meldcode.Web.Pages.Dossiers;

/// <summary>The people around the child: parents and carers, brothers and sisters, and colleagues who work on the dossier.</summary>
public sealed class PeopleModel(IMediator mediator) : DossierPageModel(mediator)
{
    public const string CarerForm = "carer";
    public const string SiblingForm = "sibling";

    /// <summary>A carer; its field Name is also the sibling's, so <see cref="PostedForm"/> tells which form the posted name belongs to.</summary>
    [FromFormFields]
    public AddCarerCommand Carer { get; set; } = null!;

    [FromFormFields]
    public AddSiblingCommand Sibling { get; set; } = null!;

    [FromFormFields]
    public AddCollaboratorCommand Collaborator { get; set; } = null!;

    /// <summary>Which form was posted, so a refused post shows its input and messages in that form only.</summary>
    public string? PostedForm { get; private set; }

    public IReadOnlyList<Colleague> PossibleCollaborators { get; private set; } = [];

    protected override DossierPermission? FormPermission => DossierPermission.Work;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => FormAsync(cancellationToken);

    public Task<IActionResult> OnPostCarerAsync(CancellationToken cancellationToken)
    {
        PostedForm = CarerForm;
        return SaveAsync(Carer with { DossierId = Id }, "betrokkenen", cancellationToken);
    }

    public Task<IActionResult> OnPostSiblingAsync(CancellationToken cancellationToken)
    {
        PostedForm = SiblingForm;
        return SaveAsync(Sibling with { DossierId = Id }, "betrokkenen", cancellationToken);
    }

    public Task<IActionResult> OnPostCollaboratorAsync(CancellationToken cancellationToken) =>
        SaveAsync(Collaborator with { DossierId = Id }, "collega", cancellationToken);

    protected override async Task LoadChoicesAsync(CancellationToken cancellationToken) =>
        PossibleCollaborators = (await Mediator.Send(new GetColleaguesQuery(Id), cancellationToken)).PossibleCollaborators;
}
