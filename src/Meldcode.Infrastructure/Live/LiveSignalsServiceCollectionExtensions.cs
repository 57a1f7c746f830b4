using Meldcode.Application.DilemmaSessions;
using Meldcode.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Meldcode.Infrastructure.Live;

public static class LiveSignalsServiceCollectionExtensions
{
    /// <summary>
    /// The live sessions' signals: <typeparamref name="TLocal"/> is the hub in this process that the event streams wait
    /// on. With SQLite (one process) the use cases signal it directly. With PostgreSQL they signal it and every other
    /// instance through <c>LISTEN/NOTIFY</c> (ADR 0012): a publisher sends, a listener per instance receives.
    /// </summary>
    public static IServiceCollection AddLiveSignals<TLocal>(this IServiceCollection services)
        where TLocal : class, ILocalSessionSignals
    {
        services.AddSingleton<TLocal>();
        services.AddSingleton<ILocalSessionSignals>(provider => provider.GetRequiredService<TLocal>());
        services.AddSingleton<LiveConnections>();
        services.AddSingleton<LiveNotificationPublisher>();
        services.AddHostedService(provider => provider.GetRequiredService<LiveNotificationPublisher>());
        services.AddSingleton<LiveNotificationListener>();
        services.AddHostedService(provider => provider.GetRequiredService<LiveNotificationListener>());
        services.AddSingleton<ISessionSignals>(provider => provider.GetRequiredService<DatabaseTarget>().IsPostgreSql
            ? new SessionSignalsAcrossInstances(provider.GetRequiredService<ILocalSessionSignals>(), provider.GetRequiredService<LiveNotificationPublisher>())
            : provider.GetRequiredService<ILocalSessionSignals>());
        return services;
    }
}
