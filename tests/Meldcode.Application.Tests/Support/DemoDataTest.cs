using NSubstitute;

namespace Meldcode.Application.Tests.Support;

/// <summary>
/// A migrated database with <see cref="Support.DemoData"/> saved in it, set up as in Development: demo sign-in
/// enabled, sessions of ten hours. The base class of the sign-in and start-page tests.
/// </summary>
public class DemoDataTest : ApplicationTest, IAsyncLifetime
{
    private DemoData? _data;

    public DemoDataTest()
    {
        Host.SignInSettings.DemoSignInEnabled.Returns(true);
        Host.SignInSettings.SessionLifetime.Returns(TimeSpan.FromHours(10));
    }

    public DemoData Data => _data ?? throw new InvalidOperationException("The demo data is saved in InitializeAsync.");

    public async Task InitializeAsync()
    {
        await Database.MigrateAsync();
        _data = await Host.WithContextAsync(DemoData.SaveAsync);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
