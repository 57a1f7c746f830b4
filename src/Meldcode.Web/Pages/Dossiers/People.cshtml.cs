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

    /// <summary>The name of a carer or of a sibling (both commands call it Name); <see cref="PostedForm"/> tells which form it belongs to.</summary>
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Relation { get; set; }

    [BindProperty]
    public bool HasParentalAuthority { get; set; }

    [BindProperty]
    public DateOnly? DateOfBirth { get; set; }

    [BindProperty]
    public Guid? UserId { get; set; }

    /// <summary>Which form was posted, so a refused post shows its input and messages in that form only.</summary>
    public string? PostedForm { get; private set; }

    public IReadOnlyList<Colleague> PossibleCollaborators { get; private set; } = [];

    protected override DossierPermission? FormPermission => DossierPermission.Work;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => FormAsync(cancellationToken);

    public Task<IActionResult> OnPostCarerAsync(CancellationToken cancellationToken)
    {
        PostedForm = CarerForm;
        return SaveAsync(new AddCarerCommand(Id, Version, Name, Relation, HasParentalAuthority), "betrokkenen", cancellationToken);
    }

    public Task<IActionResult> OnPostSiblingAsync(CancellationToken cancellationToken)
    {
        PostedForm = SiblingForm;
        return SaveAsync(new AddSiblingCommand(Id, Version, Name, DateOfBirth), "betrokkenen", cancellationToken);
    }

    public Task<IActionResult> OnPostCollaboratorAsync(CancellationToken cancellationToken) =>
        SaveAsync(new AddCollaboratorCommand(Id, Version, UserId), "collega", cancellationToken);

    protected override async Task LoadChoicesAsync(CancellationToken cancellationToken) =>
        PossibleCollaborators = (await Mediator.Send(new GetColleaguesQuery(Id), cancellationToken)).PossibleCollaborators;
}
