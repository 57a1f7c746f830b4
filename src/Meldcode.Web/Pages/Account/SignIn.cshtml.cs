using MediatR;
using Meldcode.Application.Authentication.GetDemoUsers;
using Meldcode.Application.Authentication.SignInAsDemoUser;
using Meldcode.Application.Common.Interfaces;
using Meldcode.Web.Configuration;
using Meldcode.Web.Filters;
using Meldcode.Web.Security;
using Meldcode.Web.Security.OpenIdConnect;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Meldcode.Web.Pages.Account;

/// <summary>
/// Where signing in starts. With an identity provider configured, a GET sends the browser to the
/// organisation's provider (after signing out, it first says so and offers to sign in again). Without one —
/// only possible in Development — it is the demo sign-in: pick a demo user.
/// </summary>
[AllowAnonymous]
public sealed class SignInModel : PageModel, IRedisplayablePage
{
    private readonly IMediator _mediator;
    private readonly ISignInSettings _settings;
    private readonly TimeProvider _timeProvider;

    private readonly IdentityProviderOptions _identityProvider;

    private readonly ProviderConfigurationManager _providerConfiguration;
    private readonly ILogger<SignInModel> _logger;

    public SignInModel(IMediator mediator, ISignInSettings settings, TimeProvider timeProvider, IOptions<IdentityProviderOptions> identityProvider, ProviderConfigurationManager providerConfiguration, ILogger<SignInModel> logger)
    {
        _logger = logger;
        _providerConfiguration = providerConfiguration;
        _mediator = mediator;
        _settings = settings;
        _timeProvider = timeProvider;
        _identityProvider = identityProvider.Value;
    }

    public bool DemoSignIn => _settings.DemoSignInEnabled;

    public IReadOnlyList<DemoUserDto> DemoUsers { get; private set; } = [];

    [FromFormFields]
    public SignInAsDemoUserCommand Command { get; set; } = null!;

    [BindProperty(SupportsGet = true, Name = "terug")]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true, Name = "uitgelogd")]
    public bool SignedOut { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (_settings.DemoSignInEnabled)
        {
            await LoadForRedisplayAsync(false, cancellationToken);
            return Page();
        }

        if (!_identityProvider.IsConfigured)
        {
            return NotFound();
        }

        if (SignedOut)
        {
            return Page();
        }

        // The handler reads the provider's configuration before it redirects, and would answer 500 when it cannot:
        // ask first (the answer is kept), so a provider that is down gives the Dutch page with 503.
        try
        {
            await _providerConfiguration.GetConfigurationAsync(cancellationToken);
        }
        catch (IdentityProviderUnavailableException exception)
        {
            _logger.LogError("Sign-in could not start because the identity provider is unavailable. {Problem}", exception.Message);
            return LocalRedirect(OrganisationSignIn.FailurePath(SignInFailure.ProviderUnavailable));
        }

        return Challenge(
            new AuthenticationProperties { RedirectUri = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/" },
            OrganisationSignIn.Scheme);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!_settings.DemoSignInEnabled)
        {
            return NotFound();
        }

        var outcome = await _mediator.Send(Command, cancellationToken);
        if (outcome.Identity is null)
        {
            ModelState.AddModelError(nameof(Command.UserId), outcome.RefusalReason ?? "Inloggen is niet gelukt.");
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
