using MediatR;
using Meldcode.Application.AccessLog;
using Meldcode.Application.Common.Interfaces;
using Meldcode.Application.DilemmaSessions;
using Meldcode.Infrastructure;
using Meldcode.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NSubstitute;

namespace Meldcode.Application.Tests.Support;

/// <summary>
/// The Application and Infrastructure layers wired as the web app wires them, against a real database (an SQLite
/// file, or PostgreSQL in the suite's second run), with the ports (current user, sign-in settings, host environment, PDF renderer, live session signals) as substitutes. The clock
/// is the system clock unless the test passes its own.
/// </summary>
public sealed class ApplicationHost : IDisposable
{
    private readonly ServiceProvider _provider;

    /// <param name="database">The test's database.</param>
    /// <param name="clock">The clock; the system clock unless given.</param>
    /// <param name="settings">Configuration beyond the data folder (for example the <c>Mail</c> section).</param>
    /// <param name="configureServices">Registrations after the layers' own, to replace a port (the last registration wins).</param>
    public ApplicationHost(TestDatabase database, TimeProvider? clock = null, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(database.Settings)
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var environment = Substitute.For<IHostEnvironment>();
        environment.ContentRootPath.Returns(database.Folder);
        environment.EnvironmentName.Returns(Environments.Development);

        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(Logs));
        services.AddSingleton(environment);
        services.AddSingleton(CurrentUser);
        services.AddSingleton(SignInSettings);
        services.AddSingleton(AccessContext);
        if (clock is not null)
        {
            // Registered before the layers, whose TryAddSingleton(TimeProvider.System) then leaves it in place.
            services.AddSingleton(clock);
        }

        services.AddApplication();
        services.AddInfrastructure(configuration);

        // The PDF port: what the use cases hand it is asserted here; the PDF itself in Infrastructure's tests.
        services.AddSingleton(DocumentRenderer);

        // The live pages' push port (the web app registers the real one): the tests assert which signals were sent.
        services.AddSingleton(SessionSignals);
        configureServices?.Invoke(services);
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public ICurrentUser CurrentUser { get; } = Substitute.For<ICurrentUser>();

    public ISignInSettings SignInSettings { get; } = Substitute.For<ISignInSettings>();

    /// <summary>Where requests come from, for the access log: nothing known unless a test says.</summary>
    public IAccessContext AccessContext { get; } = Substitute.For<IAccessContext>();

    public IDocumentRenderer DocumentRenderer { get; } = Substitute.For<IDocumentRenderer>();

    public ISessionSignals SessionSignals { get; } = Substitute.For<ISessionSignals>();

    public RecordingLoggerProvider Logs { get; } = new();

    public IServiceProvider Services => _provider;

    public void SignInAs(Guid userId, params Role[] roles)
    {
        CurrentUser.UserId.Returns(userId);
        CurrentUser.Roles.Returns(roles.ToHashSet());
    }

    public async Task<TResponse> SendAsync<TResponse>(IRequest<TResponse> request)
    {
        using var scope = _provider.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    public async Task<T> WithContextAsync<T>(Func<ApplicationDbContext, Task<T>> action)
    {
        using var scope = _provider.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<ApplicationDbContext>());
    }

    public void Dispose() => _provider.Dispose();
}
