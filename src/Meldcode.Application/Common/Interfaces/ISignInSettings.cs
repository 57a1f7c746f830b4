namespace Meldcode.Application.Common.Interfaces;

/// <summary>How people may sign in on this installation (a port: the web layer knows the environment and configuration).</summary>
public interface ISignInSettings
{
    /// <summary>True only in Development when no identity provider is configured.</summary>
    bool DemoSignInEnabled { get; }
}
