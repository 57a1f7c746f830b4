using MediatR;
using Meldcode.Application.Dossiers.Access;
using Meldcode.Application.Dossiers.AddComment;
using Microsoft.AspNetCore.Mvc;

namespace Meldcode.Web.Pages.Dossiers;

/// <summary>A comment in the timeline (owner, collaborators and the team's aandachtsfunctionaris).</summary>
public sealed class CommentModel(IMediator mediator) : DossierPageModel(mediator)
{
    [FromFormFields]
    public AddCommentCommand Command { get; set; } = null!;

    protected override DossierPermission? FormPermission => DossierPermission.Work | DossierPermission.Advise;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => FormAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        SaveAsync(Command with { DossierId = Id }, "opmerking", cancellationToken);
}
