using Meldcode.Application.Common.Interfaces;
using Meldcode.Web.Configuration;
using Microsoft.Extensions.Options;

namespace Meldcode.Web.Security;

internal sealed class SignInSettings : ISignInSettings
{
    public SignInSettings(IHostEnvironment environment, IOptions<IdentityProviderOptions> identityProvider, IOptions<SessionLifetimeOptions> session)
    {
        DemoSignInEnabled = environment.IsDevelopment() && !identityProvider.Value.IsConfigured;
        OrganisationSignInEnabled = identityProvider.Value.IsConfigured;
        SessionLifetime = session.Value.AbsoluteTimeout;
    }

    public bool DemoSignInEnabled { get; }

    public bool OrganisationSignInEnabled { get; }

    public TimeSpan SessionLifetime { get; }
}
