using Meldcode.Application.DilemmaSessions;

namespace Meldcode.Infrastructure.Live;

/// <summary>
/// The live sessions' signals inside this process (the web layer's hub the event streams wait on). Raising one wakes
/// only this process's streams; <see cref="SessionSignalsAcrossInstances"/> carries a change to the other instances.
/// </summary>
public interface ILocalSessionSignals : ISessionSignals
{
    /// <summary>The sessions this process holds signals for (someone follows them, or they changed here).</summary>
    IReadOnlyCollection<Guid> KnownSessions { get; }
}
