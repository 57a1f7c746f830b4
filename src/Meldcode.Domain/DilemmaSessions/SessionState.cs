namespace Meldcode.Domain.DilemmaSessions;

/// <summary>Where a dilemma session is in its life: being prepared, running, or over.</summary>
public enum SessionState
{
    /// <summary>The trainer is choosing dilemmas; nobody can join yet.</summary>
    Prepared = 0,

    /// <summary>Started: participants join with the code and vote.</summary>
    Live = 1,

    /// <summary>Ended by the trainer, or 24 hours after the start: the code no longer works, the summary stays.</summary>
    Ended = 2,
}
