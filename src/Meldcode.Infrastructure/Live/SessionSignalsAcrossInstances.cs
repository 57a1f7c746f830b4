using Meldcode.Application.DilemmaSessions;

namespace Meldcode.Infrastructure.Live;

/// <summary>
/// The use cases' <see cref="ISessionSignals"/> with PostgreSQL: raises the pulse in this process at once, and hands the
/// change to <see cref="LiveNotificationPublisher"/>, which tells the other instances. The use cases signal after their
/// commit, so an instance that is told finds the change in the database.
/// </summary>
public sealed class SessionSignalsAcrossInstances(ILocalSessionSignals local, LiveNotificationPublisher publisher) : ISessionSignals
{
    public void StageChanged(Guid sessionId)
    {
        local.StageChanged(sessionId);
        publisher.Publish(LiveChange.Stage, sessionId);
    }

    public void CountsChanged(Guid sessionId)
    {
        local.CountsChanged(sessionId);
        publisher.Publish(LiveChange.Counts, sessionId);
    }
}
