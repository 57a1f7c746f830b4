namespace Meldcode.Application.Common.Interfaces;

/// <summary>How people may sign in on this installation (a port: the web layer knows the environment and configuration).</summary>
public interface ISignInSettings
{
    /// <summary>True only in Development when no identity provider is configured.</summary>
    bool DemoSignInEnabled { get; }

    /// <summary>True when people sign in through the organisation's OpenID Connect provider.</summary>
    bool OrganisationSignInEnabled { get; }

    /// <summary>The longest a session can last (the absolute timeout); older sessions are removed from the server when their user signs in again.</summary>
    TimeSpan SessionLifetime { get; }
}
