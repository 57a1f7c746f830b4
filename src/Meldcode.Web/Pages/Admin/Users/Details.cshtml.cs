using MediatR;
using Meldcode.Application.Administration.DeactivateUser;
using Meldcode.Application.Administration.GetManagedUser;
using Meldcode.Application.Administration.GrantRole;
using Meldcode.Application.Administration.ReactivateUser;
using Meldcode.Application.Administration.RevokeRole;
using Meldcode.Web.Presentation;
using Microsoft.AspNetCore.Mvc;

namespace Meldcode.Web.Pages.Admin.Users;

/// <summary>One user: give and take away roles (with a team or location for the team-scoped ones), deactivate or reactivate.</summary>
public sealed class DetailsModel(IMediator mediator) : VersionedPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>The role to give; the other forms post hidden fields only, so their commands bind for their own handler.</summary>
    [FromFormFields]
    public GrantRoleCommand Grant { get; set; } = null!;

    /// <summary>The confirmation a saved change left for this page; read once (see <see cref="Confirmations"/>).</summary>
    [TempData(Key = Confirmations.TempDataKey)]
    public string? Saved { get; set; }

    public ManagedUserDto ManagedUser { get; private set; } = null!;

    public string? Confirmation => HttpMethods.IsGet(Request.Method) ? Confirmations.For(Saved) : null;

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostGrantAsync(CancellationToken cancellationToken) =>
        SaveAsync(Grant with { UserId = Id }, "rol-gegeven", cancellationToken);

    public Task<IActionResult> OnPostRevokeAsync(RevokeRoleCommand revoke, CancellationToken cancellationToken) =>
        SaveAsync(revoke with { UserId = Id }, "rol-ingetrokken", cancellationToken);

    public Task<IActionResult> OnPostDeactivateAsync(DeactivateUserCommand deactivate, CancellationToken cancellationToken) =>
        SaveAsync(deactivate with { UserId = Id }, "gedeactiveerd", cancellationToken);

    public Task<IActionResult> OnPostReactivateAsync(ReactivateUserCommand reactivate, CancellationToken cancellationToken) =>
        SaveAsync(reactivate with { UserId = Id }, "geactiveerd", cancellationToken);

    protected override async Task<int> LoadSubjectAsync(CancellationToken cancellationToken)
    {
        ManagedUser = await Mediator.Send(new GetManagedUserQuery(Id), cancellationToken);
        return ManagedUser.Version;
    }

    protected override IActionResult AfterSaving(string confirmationKey) =>
        this.Confirm(confirmationKey, RedirectToPage("/Admin/Users/Details", new { id = Id }));
}
