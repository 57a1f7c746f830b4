using MediatR;
using Meldcode.Application.Authentication.Queries.GetDemoUsers;
using Meldcode.Application.Authentication.Queries.GetSignInIdentity;
using Meldcode.Application.Common.Interfaces;
using Meldcode.Web.Filters;
using Meldcode.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Meldcode.Web.Pages.Account;

/// <summary>
/// The demo sign-in: pick a demo user. It exists only in Development without an identity provider;
/// everywhere else this address answers 404.
/// </summary>
[AllowAnonymous]
public sealed class SignInModel : PageModel, IRedisplayablePage
{
    private readonly IMediator _mediator;
    private readonly ISignInSettings _settings;
    private readonly TimeProvider _timeProvider;

    public SignInModel(IMediator mediator, ISignInSettings settings, TimeProvider timeProvider)
    {
        _mediator = mediator;
        _settings = settings;
        _timeProvider = timeProvider;
    }

    public IReadOnlyList<DemoUserDto> DemoUsers { get; private set; } = [];

    [BindProperty]
    public Guid? UserId { get; set; }

    [BindProperty(SupportsGet = true, Name = "terug")]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true, Name = "uitgelogd")]
    public bool SignedOut { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!_settings.DemoSignInEnabled)
        {
            return NotFound();
        }

        await LoadForRedisplayAsync(false, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!_settings.DemoSignInEnabled)
        {
            return NotFound();
        }

        var outcome = await _mediator.Send(new GetDemoSignInQuery(UserId), cancellationToken);
        if (outcome.Identity is null)
        {
            ModelState.AddModelError(nameof(UserId), outcome.RefusalReason ?? "Inloggen is niet gelukt.");
            await LoadForRedisplayAsync(false, cancellationToken);
            return new PageResult { StatusCode = StatusCodes.Status422UnprocessableEntity };
        }

        await HttpContext.SignInAsync(
            SessionClaims.Scheme,
            SessionClaims.ToPrincipal(outcome.Identity),
            SessionClaims.NewSessionProperties(_timeProvider.GetUtcNow()));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }

    public async Task LoadForRedisplayAsync(bool afterConflict, CancellationToken cancellationToken) =>
        DemoUsers = await _mediator.Send(new GetDemoUsersQuery(), cancellationToken);
}
