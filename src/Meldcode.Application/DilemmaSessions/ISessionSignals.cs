namespace Meldcode.Application.DilemmaSessions;

/// <summary>
/// Tells the screens of a session that something changed, so live pages update without reloading (a port: the web
/// layer pushes it to the browsers). It carries only the session's identifier, never a vote or a text.
/// </summary>
public interface ISessionSignals
{
    /// <summary>The stage, the decision point or the state changed: every screen, participants too.</summary>
    void StageChanged(Guid sessionId);

    /// <summary>A vote, a participant or a reflection arrived: the trainer's screens.</summary>
    void CountsChanged(Guid sessionId);
}
