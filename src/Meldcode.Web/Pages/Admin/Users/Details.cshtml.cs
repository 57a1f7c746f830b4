using MediatR;
using Meldcode.Application.Administration.DeactivateUser;
using Meldcode.Application.Administration.GetManagedUser;
using Meldcode.Application.Administration.GrantRole;
using Meldcode.Application.Administration.ReactivateUser;
using Meldcode.Application.Administration.RevokeRole;
using Meldcode.Domain.Users;
using Meldcode.Web.Filters;
using Meldcode.Web.Presentation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Meldcode.Web.Pages.Admin.Users;

/// <summary>One user: give and take away roles (with a team or location for the team-scoped ones), deactivate or reactivate.</summary>
public sealed class DetailsModel(IMediator mediator) : PageModel, IRedisplayablePage
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>The version the forms were rendered with; sent back with every change.</summary>
    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public Role? Role { get; set; }

    [BindProperty]
    public Guid? TeamId { get; set; }

    [BindProperty(SupportsGet = true, Name = "opgeslagen")]
    public string? Saved { get; set; }

    public ManagedUserDto ManagedUser { get; private set; } = null!;

    public string? Confirmation => HttpMethods.IsGet(Request.Method) ? Confirmations.For(Saved) : null;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostGrantAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new GrantRoleCommand(Id, Version, Role, TeamId), cancellationToken);
        return AfterSaving("rol-gegeven");
    }

    public async Task<IActionResult> OnPostRevokeAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new RevokeRoleCommand(Id, Version, Role, TeamId), cancellationToken);
        return AfterSaving("rol-ingetrokken");
    }

    public async Task<IActionResult> OnPostDeactivateAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new DeactivateUserCommand(Id, Version), cancellationToken);
        return AfterSaving("gedeactiveerd");
    }

    public async Task<IActionResult> OnPostReactivateAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new ReactivateUserCommand(Id, Version), cancellationToken);
        return AfterSaving("geactiveerd");
    }

    public async Task LoadForRedisplayAsync(bool afterConflict, CancellationToken cancellationToken)
    {
        var posted = Version;
        await LoadAsync(cancellationToken);
        if (!afterConflict)
        {
            Version = posted; // after a conflict the forms carry the current version, with the current state shown
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        ManagedUser = await mediator.Send(new GetManagedUserQuery(Id), cancellationToken);
        Version = ManagedUser.Version;
    }

    private RedirectToPageResult AfterSaving(string key) => RedirectToPage("/Admin/Users/Details", new { id = Id, opgeslagen = key });
}
