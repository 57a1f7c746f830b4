using MediatR;
using Meldcode.Application.StaffConcerns.GetStaffConcerns;
using Meldcode.Domain.Users;
using Meldcode.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Meldcode.Web.Pages.StaffConcerns;

/// <summary>
/// The staff-member-as-suspect route: what it is, and the concerns this user may see (the board sees
/// all of the organisation's; everyone else only what they raised). Not a meldcode dossier.
/// </summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<StaffConcernListItem> Concerns { get; private set; } = [];

    /// <summary>Only for the wording; what the list holds is decided in the Application layer.</summary>
    public bool ViewerIsBoard => SessionClaims.Roles(User).Contains(Role.Board);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Concerns = await mediator.Send(new GetStaffConcernsQuery(), cancellationToken);
}
