using Meldcode.Application.Common.Interfaces;
using Meldcode.Web.Configuration;
using Microsoft.Extensions.Options;

namespace Meldcode.Web.Security;

internal sealed class SignInSettings : ISignInSettings
{
    public SignInSettings(IHostEnvironment environment, IOptions<IdentityProviderOptions> identityProvider)
    {
        DemoSignInEnabled = environment.IsDevelopment() && !identityProvider.Value.IsConfigured;
    }

    public bool DemoSignInEnabled { get; }
}
