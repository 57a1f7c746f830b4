using MediatR;
using Meldcode.Application.Dossiers.Access;
using Meldcode.Application.Dossiers.AddComment;
using Microsoft.AspNetCore.Mvc;

namespace Meldcode.Web.Pages.Dossiers;

/// <summary>A comment in the timeline (owner, collaborators and the team's aandachtsfunctionaris).</summary>
public sealed class CommentModel(IMediator mediator) : DossierPageModel(mediator)
{
    [BindProperty]
    public string? Text { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        return await LoadFormAsync(DossierPermission.Work | DossierPermission.Advise, cancellationToken) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new AddCommentCommand(Id, Version, Text), cancellationToken);
        return BackToDossier("opmerking");
    }
}
