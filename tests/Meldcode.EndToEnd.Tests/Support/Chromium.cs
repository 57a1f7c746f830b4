using Microsoft.Playwright;

namespace Meldcode.EndToEnd.Tests.Support;

/// <summary>
/// Debian's Chromium (apt package <c>chromium</c>): Playwright cannot download its own browsers here.
/// The network flags keep Chromium from calling home on a closed network.
/// </summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static BrowserTypeLaunchOptions LaunchOptions { get; } = new()
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        Args =
        [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
        ],
    };

    public static void EnsureInstalled()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {ExecutablePath}. Install it with: sudo apt-get install -y chromium (test.sh does this).");
        }
    }
}
